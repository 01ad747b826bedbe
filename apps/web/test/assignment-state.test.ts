import type { AssignmentSummary } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { assignmentState, durationParts } from '../src/pages/quiz/assignment-state';
import { assignmentOf } from './quiz-fixtures';

const at = (iso: string) => Date.parse(iso);
const attempt = (overrides: Partial<AssignmentSummary['myAttempts'][number]> = {}) => ({
  id: '11111111-2222-4333-8444-555555555555',
  status: 'submitted' as const,
  score: null,
  maxScore: 10,
  ...overrides,
});

describe('assignment state', () => {
  it('is upcoming, open, then closed by the window', () => {
    const assignment = assignmentOf();
    expect(assignmentState(assignment, at('2026-11-20T06:59:00Z')).kind).toBe('upcoming');
    expect(assignmentState(assignment, at('2026-11-20T07:00:00Z')).kind).toBe('open');
    expect(assignmentState(assignment, at('2026-11-20T09:00:00Z')).kind).toBe('closed');
  });

  it('shows an open attempt as in progress, a submitted one with retake while attempts remain', () => {
    const now = at('2026-11-20T08:00:00Z');
    const open = assignmentOf({ myAttempts: [attempt({ status: 'open' })] });
    expect(assignmentState(open, now)).toMatchObject({ kind: 'inProgress' });

    const once = assignmentOf({ attemptsAllowed: 2, myAttempts: [attempt({ score: 6 })] });
    expect(assignmentState(once, now)).toMatchObject({ kind: 'submitted', canRetake: true });
    const twice = assignmentOf({
      attemptsAllowed: 2,
      myAttempts: [attempt({ score: 6 }), attempt({ id: '11111111-2222-4333-8444-666666666666', score: 8 })],
    });
    expect(assignmentState(twice, now)).toMatchObject({
      kind: 'submitted',
      canRetake: false,
      attempt: { score: 8 },
    });
    expect(assignmentState(twice, at('2026-11-21T00:00:00Z'))).toMatchObject({ kind: 'submitted' });
  });

  it('splits durations into days, hours and minutes, rounding up', () => {
    expect(durationParts(135 * 60_000 - 1)).toEqual({ days: 0, hours: 2, minutes: 15 });
    expect(durationParts(26 * 3_600_000)).toEqual({ days: 1, hours: 2, minutes: 0 });
  });
});
