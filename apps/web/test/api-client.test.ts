import { endpoints } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/api/api-client';
import { ApiError } from '../src/api/api-error';
import { fakeFetch, json, sessionOf } from './fake-api';

describe('api client', () => {
  it('sends the csrf token on POST, not on GET, with same-origin cookies and a JSON body', async () => {
    const session = sessionOf();
    const server = fakeFetch({
      'POST /api/auth/login': () => json(200, session),
      'GET /api/auth/me': () => json(200, session),
    });
    const api = createApiClient({ fetch: server.fetch });
    api.setCsrfToken('csrf-123');

    await api.call(endpoints.auth.me);
    await api.call(endpoints.auth.login, { body: { username: 'giaovien', password: 'x' } });

    const [get, post] = server.requests;
    expect(get?.headers.get('x-csrf-token')).toBeNull();
    expect(post?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.credentials).toBe('same-origin');
    expect(JSON.parse(post?.body ?? '')).toEqual({ username: 'giaovien', password: 'x' });
  });

  it('fills path parameters and leaves empty query values out', async () => {
    const server = fakeFetch({ 'GET /api/schools/abc/classes': () => json(200, { items: [] }) });
    const api = createApiClient({ fetch: server.fetch });

    await api.call(endpoints.org.listClasses, {
      params: { schoolId: 'abc' },
      query: { grade: 6, schoolYear: '' },
    });

    expect(server.requests[0]?.url).toBe('/api/schools/abc/classes?grade=6');
  });

  it('throws an ApiError with the code, status, request id and issues of the error body', async () => {
    const server = fakeFetch({
      'POST /api/auth/login': () =>
        json(400, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'x',
            issues: [{ path: 'username', message: 'Required' }],
          },
          requestId: 'req-42',
        }),
    });
    const api = createApiClient({ fetch: server.fetch });

    const error = await api
      .call(endpoints.auth.login, { body: { username: '', password: '' } })
      .catch((e) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, requestId: 'req-42' });
    expect(error.issues).toEqual([{ path: 'username', message: 'Required' }]);
  });

  it('maps an error without a readable body by its status, and a failed fetch to NETWORK_ERROR', async () => {
    const proxyPage = fakeFetch({
      'GET /api/auth/me': () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    await expect(createApiClient({ fetch: proxyPage.fetch }).call(endpoints.auth.me)).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      status: 502,
    });

    const offline = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(offline.call(endpoints.auth.me)).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('rejects a successful response that does not match the endpoint schema', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, { user: { username: 'giaovien' }, csrfToken: 'x' }),
    });
    const api = createApiClient({ fetch: server.fetch });

    const error = await api.call(endpoints.auth.me).catch((e) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INTERNAL_ERROR', status: 200 });
    expect(String(error.cause)).toContain('does not match its schema');
  });
});
