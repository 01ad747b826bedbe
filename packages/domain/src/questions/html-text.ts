const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text of a question's HTML for search and duplicate detection: tags dropped, math kept as
 * its LaTeX (so "\frac{1}{2}" is searchable), entities decoded, whitespace collapsed.
 */
export function htmlText(html: string): string {
  return textOf(html, ' [hình] ');
}

function textOf(html: string, image: string): string {
  return decodeEntities(
    html
      .replace(/<(span|div)\b[^>]*\bdata-latex="([^"]*)"[^>]*>/gi, (_m, _tag, latex: string) => ` ${latex} `)
      .replace(/<img\b[^>]*>/gi, image)
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question's HTML as one line for labels and titles: math as its LaTeX, images left out, shortened to `max`. */
export function htmlLabel(html: string, max = 120): string {
  const text = textOf(html, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
