import type { LecturePlay } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { createScormRuntime } from '../src/pages/lectures/scorm-runtime';
import { formatTime, timeSeconds } from '../src/pages/lectures/scorm-time';

const learner = { id: '5b0f3d3e-4c55-4f39-9d1c-0a3f1f6b2c11', name: 'Nguyễn Văn An' };
const saved = {
  status: 'in_progress' as const,
  completionStatus: 'incomplete',
  successStatus: 'unknown',
  lessonStatus: 'incomplete',
  score: { raw: 40, min: 0, max: 100, scaled: null },
  totalSeconds: 125,
  location: 'trang-2',
  suspendData: 'trang=2',
  exit: 'suspend',
  updatedAt: '2026-12-06T05:00:00.000Z',
};

/** The runtime of a tracked lecture for the learner, resuming `state` (null: never opened). */
const trackedRuntime = (version: LecturePlay['version'], masteryScore: number, state: LecturePlay['state']) =>
  createScormRuntime({ tracking: true, learner, version, masteryScore, state });

describe('SCORM times', () => {
  it('reads both versions’ formats and writes each back', () => {
    expect(timeSeconds('0001:02:03.5')).toBe(3723.5);
    expect(timeSeconds('PT1H2M3S')).toBe(3723);
    expect(timeSeconds('P1DT1S')).toBe(86401);
    expect(timeSeconds('nonsense')).toBe(0);
    expect(formatTime('1.2', 3723)).toBe('0001:02:03');
    expect(formatTime('2004', 3723)).toBe('PT3723S');
  });
});

describe('the scorm-again runtime of a lecture', () => {
  it('resumes a 1.2 lecture where the student left it and reads what it committed', async () => {
    const runtime = await trackedRuntime('1.2', 80, saved);
    expect(runtime.seed).toMatchObject({
      'cmi.core.student_name': 'Nguyễn Văn An',
      'cmi.core.entry': 'resume',
      'cmi.suspend_data': 'trang=2',
      'cmi.core.lesson_location': 'trang-2',
    });
    const api = runtime.api as Record<string, (...args: string[]) => string>;
    expect(api.LMSInitialize?.('')).toBe('true');
    expect(api.LMSGetValue?.('cmi.suspend_data')).toBe('trang=2');
    api.LMSSetValue?.('cmi.core.lesson_status', 'passed');
    api.LMSSetValue?.('cmi.core.score.raw', '90');
    expect(runtime.read(false)).toMatchObject({
      version: '1.2',
      completionStatus: 'completed',
      successStatus: 'passed',
      lessonStatus: 'passed',
      score: { raw: 90, min: 0, max: 100 },
      suspendData: 'trang=2',
    });
  });

  it('starts a 2004 lecture afresh with its passing score', async () => {
    const runtime = await trackedRuntime('2004', 70, null);
    expect(runtime.seed).toMatchObject({
      'cmi.learner_name': 'Nguyễn Văn An',
      'cmi.scaled_passing_score': '0.7',
    });
    const api = runtime.api as Record<string, (...args: string[]) => string>;
    api.Initialize?.('');
    api.SetValue?.('cmi.completion_status', 'completed');
    api.SetValue?.('cmi.score.scaled', '0.9');
    expect(runtime.read(true)).toMatchObject({
      version: '2004',
      completionStatus: 'completed',
      finished: true,
    });
  });
});
