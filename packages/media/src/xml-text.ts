const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references (&#7889; &#x1ED1;). */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/**
 * Text of a DrawingML part (a PowerPoint slide): runs `<a:t>` joined per paragraph `<a:p>`,
 * line breaks `<a:br/>` kept, one line per paragraph. `<a:t>` holds only text, so a regex is
 * exact here; the paragraph pattern skips `<a:pPr>` (paragraph properties).
 */
export function drawingMlText(xml: string): string {
  const paragraphs = xml.match(/<a:p[\s>][\s\S]*?<\/a:p>/g) ?? [];
  return paragraphs
    .map((paragraph) => {
      const pieces = paragraph.match(/<a:t(?:\s[^>]*)?>[^<]*<\/a:t>|<a:br\b[^>]*\/>/g) ?? [];
      return pieces
        .map((piece) => (piece.startsWith('<a:br') ? '\n' : decodeXmlEntities(piece.replace(/<[^>]*>/g, ''))))
        .join('');
    })
    .filter((line) => line.trim().length > 0)
    .join('\n');
}
