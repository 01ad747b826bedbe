import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, resultsOf } from './assessment-fixtures';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

describe('wide tables of text scroll from the keyboard (axe: scrollable-region-focusable)', () => {
  it('the item statistics of a results page sit in a named region that takes the focus', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      [`GET /api/assignments/${ASSIGNMENT_ID}/results`]: () => json(200, resultsOf()),
    });
    renderApp(`/giao-bai/${ASSIGNMENT_ID}/ket-qua`, server.fetch);
    // The page's section of that name holds the scroll region of the same name.
    const regions = await screen.findAllByRole('region', { name: 'Thống kê từng câu' });
    const scroller = regions.find((region) => region.tabIndex === 0);
    expect(scroller?.querySelector('table')?.getAttribute('aria-label')).toBe('Thống kê từng câu');
  });
});
