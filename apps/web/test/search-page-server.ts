import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { toan6Periods } from './curriculum-fixtures';
import { fakeFetch, json, sessionOf } from './fake-api';

type Handlers = Parameters<typeof fakeFetch>[0];

/**
 * The server behind a search page (the library, the question bank): the demo teacher signed in,
 * Toán 6's periods for the topic facet, `GET searchPath` answering `result`, and `more` handlers.
 */
export function searchPageServer(searchPath: string, result: unknown, more: Handlers = {}) {
  const server = fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    'GET /api/curriculum/periods': toan6Periods,
    [`GET ${searchPath}`]: () => json(200, result),
    ...more,
  });
  /** The searches the page asked for, in order, their addresses decoded. */
  const searches = () =>
    server.requests
      .filter((r) => r.method === 'GET' && r.url.startsWith(searchPath))
      .map((r) => decodeURIComponent(r.url));
  /** Waits until the page's latest search asks for `part` ("level=biet"). */
  const searchedFor = (part: string) => waitFor(() => expect(searches().at(-1)).toContain(part));
  return { ...server, searches, searchedFor };
}

/** Ticks the facet called `name` ("Toán (2)"): the first, where the page shows the facets twice. */
export async function tickFacet(user: UserEvent, name: string) {
  const [facet] = await screen.findAllByRole('checkbox', { name });
  if (!facet) throw new Error(`no facet ${name}`);
  await user.click(facet);
}
