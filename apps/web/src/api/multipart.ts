import { networkError } from './api-error';

interface MultipartRequest {
  url: string;
  method: string;
  file: File;
  csrfToken: string | null;
  onProgress?: ((fraction: number) => void) | undefined;
}

interface RawResponse {
  status: number;
  text: string;
  requestId: string | null;
}

/** Sends one file as the `file` field of a multipart form, reporting upload progress (0..1). */
export function sendMultipart({
  url,
  method,
  file,
  csrfToken,
  onProgress,
}: MultipartRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      onProgress?.(1);
      resolve({
        status: request.status,
        text: request.responseText,
        requestId: request.getResponseHeader('x-request-id'),
      });
    });
    request.addEventListener('error', () => reject(networkError(new Error(`Upload to ${url} failed`))));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
