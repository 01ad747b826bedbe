import { highlightParts } from './highlight-parts';

/** Elements whose text is not prose: formulas (KaTeX fills `.math` from its `data-latex`), code. */
const UNTOUCHED = new Set(['script', 'style', 'textarea', 'code', 'pre', 'mark']);
const isUntouched = (element: Element) =>
  UNTOUCHED.has(element.tagName.toLowerCase()) || element.classList.contains('math');

/**
 * Marks the search's matched words in already sanitised question HTML (a parsed tree, e.g. a
 * template's content): each text node holding a match is split into text nodes and `<mark>`
 * elements made here, with the words as their textContent. Nothing is ever parsed from the data
 * as HTML, attributes are not looked at, and formulas are left whole.
 */
export function markMatchedWords(root: Node, words: string[]): void {
  if (words.length === 0) return;
  const document = root.ownerDocument ?? (root as Document);
  const texts: Text[] = [];
  const collect = (parent: Node) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node as Text);
      else if (node.nodeType === Node.ELEMENT_NODE && !isUntouched(node as Element)) collect(node);
    }
  };
  collect(root);
  for (const text of texts) {
    const parts = highlightParts(text.data, words);
    if (!parts.some((part) => part.marked)) continue;
    text.replaceWith(
      ...parts.map((part) => {
        if (!part.marked) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
  }
}
