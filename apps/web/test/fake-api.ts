import type { Session } from '@hoclieu/contracts';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string | null;
  credentials: RequestCredentials | undefined;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const apiError = (status: number, code: string, message = 'server text') =>
  json(status, { error: { code, message }, requestId: 'req-1' });

/** A fetch that answers from `METHOD /path` handlers and records what the client sent. */
export function fakeFetch(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
      credentials: init.credentials,
    };
    requests.push(request);
    const path = new URL(request.url, 'http://localhost').pathname;
    const handler = handlers[`${request.method} ${path}`];
    return handler ? handler(request) : apiError(404, 'ROUTE_NOT_FOUND');
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function sessionOf(overrides: Partial<Session['user']> = {}): Session {
  return {
    csrfToken: 'csrf-123',
    user: {
      id: '6f1c1a52-6a2a-4d38-9a55-4c5b0a0f3b11',
      username: 'giaovien',
      fullName: 'Trần Minh Châu',
      role: 'teacher',
      mustChangePassword: false,
      province: { id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e001', name: 'Sở GDĐT Quảng Bình' },
      district: { id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e002', name: 'Phòng GDĐT Tuyên Hoá' },
      school: {
        id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e003',
        name: 'Trường THCS Tiến Hoá',
        levels: ['lower_secondary'],
      },
      ...overrides,
    },
  };
}
