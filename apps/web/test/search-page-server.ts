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
  return { ...server, searches };
}
