/** Text for an HTML text node or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function mathHtml(latex: string, display: boolean): string {
  const tag = display ? 'div' : 'span';
  return `<${tag} class="math" data-latex="${escapeHtml(latex)}"></${tag}>`;
}

export function imageHtml(id: string, alt = '', size?: { width?: number; height?: number }): string {
  const dimensions = size?.width && size.height ? ` width="${size.width}" height="${size.height}"` : '';
  return `<img src="embedded:${escapeHtml(id)}" alt="${escapeHtml(alt)}"${dimensions}>`;
}

/** Plain text as HTML: escaped, NFC, line breaks as <br>. */
export function textToHtml(text: string): string {
  return escapeHtml(text.normalize('NFC').trim()).replace(/\r?\n/g, '<br>');
}

/** Paragraph HTML fragments joined: one stays inline, several become <p> blocks. */
export function joinParagraphs(parts: string[]): string {
  const kept = parts.filter((part) => part.trim() !== '');
  if (kept.length <= 1) return kept[0] ?? '';
  return kept.map((part) => (/^<(div|table|pre)[\s>]/.test(part) ? part : `<p>${part}</p>`)).join('');
}

const HTML_VOID = /<(br|img|hr|input|col|meta|link|source|wbr)(\s[^<>]*?)?\s*\/?>/gi;

/** HTML5 fragment to well-formed XHTML for embedding in XML (QTI item bodies). */
export function htmlToXhtml(html: string): string {
  return html
    .replace(HTML_VOID, (_m, name: string, attrs: string | undefined) => `<${name}${attrs ?? ''}/>`)
    .replace(/&nbsp;/g, '&#160;');
}
