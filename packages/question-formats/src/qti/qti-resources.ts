import type { ImportedImage } from '@hoclieu/contracts';
import { imageContentType } from '../docx/package-parts.js';

/**
 * A package path relative to a directory of the package; null when it escapes the package, is
 * absolute, has a scheme (http:, file:, data:) or is not decodable.
 */
export function resolveHref(dir: string, href: string): string | null {
  if (!href || /^[a-z][\w+.-]*:/i.test(href) || href.startsWith('/') || href.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(href.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = dir.split('/').filter(Boolean);
  for (const piece of decoded.split('/')) {
    if (piece === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.length ? parts.join('/') : null;
}

export const dirOf = (path: string): string => path.split('/').slice(0, -1).join('/');

export type PackageReader = { dir: string; read: (path: string) => Promise<Buffer | null> };

/** The images of a package, each stored once under an id unique among different contents. */
export class PackageImages {
  readonly images: ImportedImage[] = [];

  /** The image an item's `src` names, as an id, or null when it is not in the package. */
  async read(pkg: PackageReader | null, src: string): Promise<string | null> {
    const path = pkg ? resolveHref(pkg.dir, src) : null;
    const data = path && pkg ? await pkg.read(path) : null;
    return data && path ? this.add(path, data) : null;
  }

  add(path: string, data: Buffer): string {
    const name = path.split('/').pop() || 'image';
    const base64 = data.toString('base64');
    let id = name;
    for (let n = 2; this.images.some((i) => i.id === id && i.dataBase64 !== base64); n++) id = `${n}-${name}`;
    if (!this.images.some((i) => i.id === id)) {
      this.images.push({ id, contentType: imageContentType(name), dataBase64: base64 });
    }
    return id;
  }
}
