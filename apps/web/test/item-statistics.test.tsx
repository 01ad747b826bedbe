import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, resultsOf } from './assessment-fixtures';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

const base = resultsOf().items[1]!;
const bands = (counts: number[], ungraded: number) => ({
  bands: [0, 0.25, 0.5, 0.75, 1].map((to, i) => ({
    from: i === 0 ? 0 : [0, 0, 0.25, 0.5, 0.75][i]!,
    to,
    count: counts[i]!,
  })),
  ungraded,
});
const items = [
  {
    ...base,
    key: '2',
    number: '2',
    type: 'short_answer' as const,
    max: 0.5,
    facility: 0.5,
    responses: {
      top: [
        { text: '0,5', count: 2, credit: 1 },
        { text: '1', count: 1, credit: 0.5 },
        { text: '1/2', count: 1, credit: 0 },
      ],
      other: 3,
      blank: 2,
    },
  },
  { ...base, key: '3', number: '3', facility: 0.5, ungraded: 3, essayBands: bands([1, 0, 0, 0, 1], 3) },
  { ...base, key: '4', number: '4', facility: null, ungraded: 2, essayBands: bands([0, 0, 0, 0, 0], 2) },
];

function show() {
  const server = fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    [`GET /api/assignments/${ASSIGNMENT_ID}/results`]: () => json(200, resultsOf({ items })),
  });
  renderApp(`/giao-bai/${ASSIGNMENT_ID}/ket-qua`, server.fetch);
}

describe('item statistics of short answers and essays', () => {
  it('lists typed answers with the correct and partially credited ones marked, then khác and blanks', async () => {
    show();
    const row = await screen.findByTestId('item-stats-2');
    const list = within(row).getByTestId('short-answer-responses');
    expect([...list.children].map((b) => b.textContent)).toEqual([
      '0,5: 2 ✓',
      '1: 1 (50%)',
      '1/2: 1',
      'khác: 3',
      '(bỏ trống): 2',
    ]);
    expect(within(row).getByLabelText('0,5 (đúng): 2 lượt').getAttribute('data-credit')).toBe('correct');
    expect(within(row).getByLabelText('1 (được 50% số điểm): 1 lượt').getAttribute('data-credit')).toBe(
      'partial',
    );
  });

  it('shows essay score bands, the ungraded apart, and no facility before any grading', async () => {
    show();
    const graded = await screen.findByTestId('item-stats-3');
    expect([...within(graded).getByTestId('essay-bands').children].map((b) => b.textContent)).toEqual([
      '0 điểm: 1',
      '0%–25%: 0',
      '25%–50%: 0',
      '50%–75%: 0',
      '75%–100%: 1',
      'chưa chấm: 3',
    ]);
    expect(graded.textContent).toContain('0,50 · vừa');
    expect(graded.textContent).toContain('Còn 3 bài chưa chấm, chưa tính vào độ khó.');

    const none = screen.getByTestId('item-stats-4');
    expect(none.textContent).toContain('Chưa chấm bài nào');
    expect(none.textContent).not.toContain('· khó');
  });
});
