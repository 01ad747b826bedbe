import {
  type BodyOf,
  buildPath,
  type Endpoint,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
} from '@hoclieu/contracts';
import { ApiError, errorFromResponse, networkError, parseJson } from './api-error';
import { type FileTarget, sendFile } from './direct-upload';
import { sendMultipart } from './multipart';

/** An option is absent when the endpoint declares no schema for it, optional when `{}` satisfies it. */
type Field<K extends string, T> = [T] extends [never]
  ? { [P in K]?: never }
  : object extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

export type CallOptions<E> = Field<'params', ParamsOf<E>> &
  Field<'query', QueryOf<E>> &
  Field<'body', BodyOf<E>> & {
    signal?: AbortSignal;
    /** Extra request headers (the quiz's device id on an attempt's start). */
    headers?: Record<string, string>;
  };

export type CallArgs<E> =
  object extends CallOptions<E> ? [options?: CallOptions<E>] : [options: CallOptions<E>];

export type UploadOptions<E> = Field<'params', ParamsOf<E>> & {
  /** Query parameters of the upload (e.g. the province an organisation workbook goes into). */
  query?: QueryOf<E>;
  file: File;
  onProgress?: (fraction: number) => void;
};

export interface SendFileOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** Prefix for every path; empty when the web app is served by the API itself. */
  baseUrl?: string;
  /** The page's origin (tests pass one); the csrf token is only ever sent there. */
  origin?: string;
}

const CSRF_HEADER = 'x-csrf-token';

/** What `call` options look like once the endpoint-specific typing has done its job. */
interface SendOptions {
  params?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Fills the path and the query string of an endpoint. */
export function endpointUrl(
  endpoint: Endpoint,
  params: Record<string, string | number> | undefined,
  query: Record<string, unknown> | undefined,
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const path = buildPath(endpoint.path, params);
  return search.size > 0 ? `${path}?${search}` : path;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Parses a successful response with the endpoint's own schema: the server is trusted no further than that. */
function parseResponse<E extends Endpoint>(
  endpoint: E,
  status: number,
  text: string,
  requestId: string | null,
): ResponseOf<E> {
  const result = endpoint.response.safeParse(parseJson(text));
  if (!result.success) {
    throw new ApiError('INTERNAL_ERROR', status, requestId, [], {
      cause: new Error(`Response of ${endpoint.method} ${endpoint.path} does not match its schema`, {
        cause: result.error,
      }),
    });
  }
  return result.data as ResponseOf<E>;
}

/**
 * The typed client of the API: every call names an endpoint from `@hoclieu/contracts`, so the path,
 * the request shape and the parsed response all come from the one declaration.
 */
export function createApiClient({
  fetch: fetchFn = globalThis.fetch.bind(globalThis),
  baseUrl = '',
  origin = globalThis.location?.origin ?? 'http://localhost',
}: ApiClientOptions = {}) {
  let csrfToken: string | null = null;

  function headersFor(endpoint: Endpoint, hasJsonBody: boolean): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (hasJsonBody) headers['content-type'] = 'application/json';
    if (endpoint.method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    return headers;
  }

  async function send(endpoint: Endpoint, options: SendOptions) {
    const url = baseUrl + endpointUrl(endpoint, options.params, options.query);
    const hasBody = options.body !== undefined;
    try {
      return await fetchFn(url, {
        method: endpoint.method,
        credentials: 'same-origin',
        headers: { ...options.headers, ...headersFor(endpoint, hasBody) },
        body: hasBody ? JSON.stringify(options.body) : null,
        signal: options.signal ?? null,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkError(error);
    }
  }

  async function call<E extends Endpoint>(endpoint: E, ...[options]: CallArgs<E>): Promise<ResponseOf<E>> {
    const response = await send(endpoint, (options ?? {}) as SendOptions);
    const text = await response.text().catch(() => '');
    const requestId = response.headers.get('x-request-id');
    if (!response.ok) throw errorFromResponse(response.status, text, requestId);
    return parseResponse(endpoint, response.status, text, requestId);
  }

  /** A file download (`download: true` endpoints): the body as a Blob, with the server's file name. */
  async function download<E extends Endpoint>(endpoint: E, ...[options]: CallArgs<E>) {
    const response = await send(endpoint, (options ?? {}) as SendOptions);
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw errorFromResponse(response.status, text, response.headers.get('x-request-id'));
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName =
      /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    return { blob: await response.blob(), fileName: fileName ? safeDecode(fileName) : null };
  }

  /** A multipart upload (`upload: true` endpoints) with progress, which fetch cannot report. */
  function upload<E extends Endpoint>(
    endpoint: E,
    { params, query, file, onProgress }: UploadOptions<E>,
  ): Promise<ResponseOf<E>> {
    const url =
      baseUrl +
      endpointUrl(
        endpoint,
        params as Record<string, string> | undefined,
        query as Record<string, unknown> | undefined,
      );
    return sendMultipart({ url, method: endpoint.method, file, csrfToken, onProgress }).then(
      ({ status, text, requestId }) => {
        if (status < 200 || status >= 300) throw errorFromResponse(status, text, requestId);
        return parseResponse(endpoint, status, text, requestId);
      },
    );
  }

  /**
   * Sends a file's bytes where an upload ticket says (`createUpload`): this API on local disk, or a
   * presigned MinIO URL. Resolves once stored; errors arrive as ApiError like every other call.
   */
  async function sendFileTo(target: FileTarget, file: Blob, options: SendFileOptions = {}): Promise<void> {
    const url = target.url.startsWith('/') ? baseUrl + target.url : target.url;
    const { status, text, requestId } = await sendFile({
      ...target,
      url,
      file,
      csrfToken,
      pageOrigin: origin,
      onProgress: options.onProgress,
      signal: options.signal,
    });
    if (status < 200 || status >= 300) throw errorFromResponse(status, text, requestId);
  }

  /** The address of a GET endpoint for the browser to load itself (`<img>`, `<video>`, a download link). */
  function url<E extends Endpoint>(endpoint: E, ...[options]: CallArgs<E>): string {
    const { params, query } = (options ?? {}) as SendOptions;
    return baseUrl + endpointUrl(endpoint, params, query);
  }

  return {
    call,
    download,
    upload,
    sendFile: sendFileTo,
    url,
    /** The token from the last session response; sent on every state-changing request. */
    setCsrfToken(token: string | null) {
      csrfToken = token;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
