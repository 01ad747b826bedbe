import { networkError } from './api-error';

export interface RawResponse {
  status: number;
  text: string;
  requestId: string | null;
}

interface UploadOptions {
  /** For the error message. */
  url: string;
  /** The response comes from this API: its request id is read (another host's is not ours). */
  fromApi: boolean;
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

const aborted = () => new DOMException('Upload aborted', 'AbortError');

/**
 * Sends `body` on an opened request, reporting upload progress (0..1), which fetch cannot do.
 * Resolves with the response whatever its status; rejects on a network error or an abort.
 */
export function sendUpload(
  request: XMLHttpRequest,
  body: XMLHttpRequestBodyInit,
  { url, fromApi, onProgress, signal }: UploadOptions,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      onProgress?.(1);
      resolve({
        status: request.status,
        text: request.responseText,
        requestId: fromApi ? request.getResponseHeader('x-request-id') : null,
      });
    });
    request.addEventListener('error', () => reject(networkError(new Error(`Upload to ${url} failed`))));
    request.addEventListener('abort', () => reject(aborted()));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    if (signal?.aborted) {
      reject(aborted());
      return;
    }
    request.send(body);
  });
}
