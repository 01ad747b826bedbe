import { questionHtmlTags } from '@hoclieu/contracts';
import { markMatchedWords } from '../search/mark-matched-words';

/**
 * A second, client-side allowlist over question HTML. The server sanitises what it stores; this
 * also covers what has not reached it yet: the editor's live preview of the teacher's own text.
 */

const ALLOWED = new Set<string>(questionHtmlTags);
/** Dropped with everything inside; other unknown elements are unwrapped (their text is kept). */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'link']);

/** Same-origin paths only (question images are `/api/question-images/<sha256>`). */
const isLocalPath = (value: string) => value.startsWith('/') && !value.startsWith('//');
/** Links go to the web only (no `javascript:`, `data:`, relative targets), as the server keeps them. */
const isWebLink = (value: string) => /^https?:\/\/[^\s/?#]+/i.test(value.trim());

function allowedAttribute(tag: string, name: string, value: string): boolean {
  if (name === 'data-latex') return tag === 'span' || tag === 'div';
  if (name === 'class') return (tag === 'span' || tag === 'div') && value === 'math';
  if (tag === 'img')
    return name === 'alt' || name === 'width' || name === 'height' || (name === 'src' && isLocalPath(value));
  if (tag === 'td' || tag === 'th') return name === 'colspan' || name === 'rowspan';
  if (tag === 'a') return name === 'href' && isWebLink(value);
  return false;
}

function clean(parent: Node) {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (!(node instanceof Element)) {
      node.remove();
      continue;
    }
    const tag = node.tagName.toLowerCase();
    if (DROPPED.has(tag)) {
      node.remove();
      continue;
    }
    // An image from anywhere but our own question images is left out, not shown broken.
    if (tag === 'img' && !isLocalPath(node.getAttribute('src') ?? '')) {
      node.remove();
      continue;
    }
    clean(node);
    if (!ALLOWED.has(tag) || (tag === 'a' && !isWebLink(node.getAttribute('href') ?? ''))) {
      node.replaceWith(...node.childNodes);
      continue;
    }
    for (const attribute of [...node.attributes]) {
      if (!allowedAttribute(tag, attribute.name, attribute.value)) node.removeAttribute(attribute.name);
    }
    if (tag === 'a') {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  }
}

/** `highlight`: folded words to mark, in the cleaned tree's text only (search results). */
export function sanitizeQuestionHtml(html: string, highlight: string[] = []): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content);
  markMatchedWords(template.content, highlight);
  return template.innerHTML;
}
