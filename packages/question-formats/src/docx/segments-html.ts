import { escapeHtml, imageHtml, mathHtml } from '../html.js';
import { isPreformatted, preformattedHtml } from './preformatted.js';
import type { Segment } from './segments.js';

export interface HtmlOptions {
  /** The underline marked the correct answer: it is not part of the content. */
  dropUnderline?: boolean;
}

/** Segments as an HTML fragment, NFC, tabs as spaces, outer whitespace trimmed. */
export function segmentsToHtml(segments: Segment[], options: HtmlOptions = {}): string {
  const trimmed = trimSegments(segments);
  if (isPreformatted(trimmed)) return preformattedHtml(trimmed).normalize('NFC');
  let html = '';
  let link: string | undefined;
  for (const segment of trimmed) {
    const href = segment.kind === 'text' ? segment.href : undefined;
    if (href !== link) html += `${link ? '</a>' : ''}${href ? `<a href="${escapeHtml(href)}">` : ''}`;
    link = href;
    if (segment.kind === 'break') html += '<br>';
    else if (segment.kind === 'math') html += mathHtml(segment.latex, segment.display);
    else if (segment.kind === 'image') html += imageHtml(segment.id, segment.alt, segment);
    else html += formatted(segment, options);
  }
  if (link) html += '</a>';
  return html
    .replace(/<\/(strong|em|u|sub|sup|code)><\1>/g, '')
    .replace(/<\/strong><strong>/g, '')
    .replace(/<\/em><em>/g, '')
    .replace(/<\/u><u>/g, '')
    .normalize('NFC');
}

function formatted(segment: Extract<Segment, { kind: 'text' }>, options: HtmlOptions): string {
  let html = escapeHtml(segment.text.replace(/\t/g, ' '));
  if (!segment.text.trim()) return html;
  if (segment.script) html = `<${segment.script}>${html}</${segment.script}>`;
  if (segment.mono) html = `<code>${html}</code>`;
  if (segment.underline && !options.dropUnderline) html = `<u>${html}</u>`;
  if (segment.italic) html = `<em>${html}</em>`;
  if (segment.bold) html = `<strong>${html}</strong>`;
  return html;
}

function trimSegments(segments: Segment[]): Segment[] {
  const out = segments.filter((segment) => segment.kind !== 'text' || segment.text !== '');
  while (out.length && isBlank(out[0])) out.shift();
  while (out.length && isBlank(out[out.length - 1])) out.pop();
  const first = out[0];
  if (first?.kind === 'text') out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}

function isBlank(segment: Segment | undefined): boolean {
  return segment?.kind === 'break' || (segment?.kind === 'text' && segment.text.trim() === '');
}
