import { type RawResponse, sendUpload } from './upload-request';

export type { RawResponse } from './upload-request';

export interface FileTarget {
  /** Where the ticket says to PUT the bytes: this API (a path) or a presigned storage URL. */
  url: string;
  headers: Record<string, string>;
}

export interface SendFileRequest extends FileTarget {
  file: Blob;
  csrfToken: string | null;
  /** The page's origin: the csrf token and cookies go to this origin only. */
  pageOrigin: string;
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export function isSameOrigin(url: string, pageOrigin: string): boolean {
  try {
    return new URL(url, pageOrigin).origin === pageOrigin;
  } catch {
    return false;
  }
}

/**
 * PUTs a file's raw bytes where an upload ticket points, reporting progress (0..1), which fetch
 * cannot do. A presigned URL of another origin (MinIO) gets neither the csrf token nor cookies:
 * its signature is the credential, and our token must not leak to another host.
 */
export function sendFile({
  url,
  headers,
  file,
  csrfToken,
  pageOrigin,
  onProgress,
  signal,
}: SendFileRequest): Promise<RawResponse> {
  const sameOrigin = isSameOrigin(url, pageOrigin);
  const request = new XMLHttpRequest();
  request.open('PUT', url);
  request.withCredentials = sameOrigin;
  for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
  if (sameOrigin) {
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
  }
  return sendUpload(request, file, { url, fromApi: sameOrigin, onProgress, signal });
}
