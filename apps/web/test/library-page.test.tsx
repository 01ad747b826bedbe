import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCHOOL, summaryOf } from './material-fixtures';
import { openApp, renderApp } from './render-app';
import { searchPageServer, tickFacet } from './search-page-server';

const libraryServer = () =>
  searchPageServer('/api/materials', {
    items: [
      summaryOf(),
      summaryOf({
        id: '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b09',
        title: 'Video hình học',
        type: 'video',
        featured: true,
        scope: 'province',
      }),
    ],
    total: 2,
    facets: {
      subjectCode: { toan: 2 },
      grade: { '6': 2 },
      type: { lecture: 1, video: 1 },
      scope: { school: 1, province: 1 },
      schoolId: { [SCHOOL.id]: 2 },
    },
  });

describe('library page', () => {
  it('shows cards with subject, grade, author, school and scope, and facets with names and counts', async () => {
    const server = libraryServer();
    renderApp('/hoc-lieu', server.fetch);

    const card = await screen.findByRole('article', { name: 'Phân số lớp 6' });
    expect(card.textContent).toContain('Toán · Lớp 6');
    expect(card.textContent).toContain('Trần Minh Châu · Trường THCS Tiến Hoá');
    expect(card.textContent).toContain('Cấp trường');
    expect(screen.getByRole('article', { name: 'Video hình học' }).textContent).toContain('Tiêu biểu');
    expect(screen.getAllByRole('checkbox', { name: 'Toán (2)' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('checkbox', { name: 'Trường THCS Tiến Hoá (2)' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('checkbox', { name: 'Cấp tỉnh (1)' }).length).toBeGreaterThan(0);
  });

  it('filters by a facet and searches as the user types', async () => {
    const server = libraryServer();
    const { user } = openApp('/hoc-lieu', server.fetch);

    await tickFacet(user, 'Toán (2)');
    await server.searchedFor('subjectCode=toan');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm học liệu' }), 'phan so');
    await server.searchedFor('q=phan+so&subjectCode=toan');
    // One request once typing pauses, not one per key.
    expect(server.searches().filter((url) => url.includes('q=')).length).toBe(1);
  });
});
