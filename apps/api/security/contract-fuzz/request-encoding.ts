import type { FilePart, Generated } from './requests.js';

/** A generated request as HTTP: its URL (careless encodings included) and a multipart body for a file. */

export function multipartOf(file: FilePart) {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const name = file.fileName.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(head),
      Buffer.from(file.bytes),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const text = (value: unknown) =>
  typeof value === 'string'
    ? value
    : value !== null && typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/**
 * encodeURIComponent, but a lone surrogate (which it refuses) goes out as the three bytes a careless
 * client would send for it (%ED%A0%80): the server must answer those too.
 */
function encode(value: string): string {
  return value.replace(/[\uD800-\uDFFF]+|[^\uD800-\uDFFF]+/g, (run) => {
    try {
      return encodeURIComponent(run);
    } catch {
      return [...run]
        .map((unit) => {
          const code = unit.charCodeAt(0);
          return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
            .map((byte) => `%${byte.toString(16).toUpperCase()}`)
            .join('');
        })
        .join('');
    }
  });
}

export function urlOf(path: string, generated: Generated): string {
  const params = (generated.params ?? {}) as Record<string, unknown>;
  const filled = path
    .replace(/\*$/, () =>
      text(params['*'] ?? '')
        .split('/')
        .map(encode)
        .join('/'),
    )
    .replace(/:([A-Za-z]+)/g, (_, name: string) => encode(text(params[name] ?? 'x')) || 'x');
  const pairs: string[] = [];
  if (generated.query && typeof generated.query === 'object' && !Array.isArray(generated.query))
    for (const [key, value] of Object.entries(generated.query)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value])
        pairs.push(`${encode(key)}=${encode(text(item))}`);
    }
  const search = pairs.join('&');
  return search ? `${filled}?${search}` : filled;
}
