/**
 * `attachment` header for a download name (RFC 6266). `filename*` carries the exact UTF-8 name
 * (RFC 5987) so "Đề kiểm tra Toán 6.pdf" survives; `filename` is an ASCII fallback for old clients.
 */
export function attachmentDisposition(downloadName: string): string {
  const fallback = downloadName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  // encodeURIComponent leaves ' ( ) * unescaped, but RFC 5987 does not allow them in the value.
  const encoded = encodeURIComponent(downloadName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
