import type { ImportedImage } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { attr, childElements, escapeXml, firstChild } from '../xml.js';
import { mathToTex } from './moodle-math.js';

const EMBEDDED = /embedded:([^"'<>]+)/g;
const PLUGINFILE = /@@PLUGINFILE@@\/([^"'\s>?]+)/g;

/** `<text><![CDATA[...]]></text>`, safe for any content (a "]]>" is split across sections). */
export function cdata(html: string): string {
  return `<text><![CDATA[${html.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]></text>`;
}

/** An HTML text field with the images it references as `<file>` elements (Moodle's layout). */
function htmlField(tag: string, html: string, images: Map<string, ImportedImage>, attrs = ''): string {
  const files = [...new Set([...html.matchAll(EMBEDDED)].map((m) => m[1] ?? ''))]
    .map((id) => images.get(id))
    .filter((image) => image !== undefined)
    .map(
      (image) => `<file name="${escapeXml(image.id)}" path="/" encoding="base64">${image.dataBase64}</file>`,
    );
  const text = html.replace(EMBEDDED, (_m, id: string) => `@@PLUGINFILE@@/${encodeURIComponent(id)}`);
  return `<${tag}${attrs} format="html">${cdata(text)}${files.join('')}</${tag}>`;
}

/** Our HTML as a Moodle text field: math as `\(…\)` or `\[…\]`, images as `<file>`s. */
export function richField(tag: string, html: string, images: Map<string, ImportedImage>, attrs = ''): string {
  return htmlField(tag, mathToTex(html), images, attrs);
}

/** Collects images across the whole file; a name reused with other bytes gets a suffix. */
export class ImageCollector {
  readonly images: ImportedImage[] = [];

  /** A field's HTML with `@@PLUGINFILE@@/name` turned into `embedded:id`. */
  read(field: Element | undefined): string {
    if (!field) return '';
    const renamed = new Map<string, string>();
    for (const file of childElements(field, 'file')) {
      const name = attr(file, 'name') ?? 'file';
      renamed.set(name, this.add(name, (file.textContent ?? '').replace(/\s+/g, '')));
    }
    const html = firstChild(field, 'text')?.textContent ?? '';
    return html
      .replace(PLUGINFILE, (_m, raw: string) => {
        const name = safeDecode(raw);
        return `embedded:${renamed.get(name) ?? name}`;
      })
      .normalize('NFC')
      .trim();
  }

  /**
   * Moodle 1.9's `<image>` + `<image_base64>` on a question: the picture appended to the stem as
   * Moodle's importer does (`/` in the name becomes `_`).
   */
  readLegacyImage(name: string | undefined, data: string | undefined): string {
    const file = (name ?? '').trim().replace(/\//g, '_');
    const bytes = (data ?? '').replace(/\s+/g, '');
    if (!file || !bytes) return '';
    return `<img src="embedded:${escapeXml(this.add(file, bytes))}" alt="">`;
  }

  private add(name: string, data: string): string {
    let id = name;
    for (let n = 2; this.images.some((i) => i.id === id && i.dataBase64 !== data); n++) id = `${n}-${name}`;
    if (!this.images.some((i) => i.id === id)) {
      this.images.push({ id, contentType: contentType(name), dataBase64: data });
    }
    return id;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function contentType(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase();
  const types: Record<string, string> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    svg: 'image/svg+xml',
    webp: 'image/webp',
  };
  return types[ext ?? ''] ?? 'application/octet-stream';
}
