import { type RawResponse, sendUpload } from './upload-request';

interface MultipartRequest {
  url: string;
  method: string;
  file: File;
  csrfToken: string | null;
  onProgress?: ((fraction: number) => void) | undefined;
}

/** Sends one file as the `file` field of a multipart form, reporting upload progress (0..1). */
export function sendMultipart({
  url,
  method,
  file,
  csrfToken,
  onProgress,
}: MultipartRequest): Promise<RawResponse> {
  const request = new XMLHttpRequest();
  request.open(method, url);
  request.setRequestHeader('accept', 'application/json');
  if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
  const form = new FormData();
  form.append('file', file, file.name);
  return sendUpload(request, form, { url, fromApi: true, onProgress });
}
