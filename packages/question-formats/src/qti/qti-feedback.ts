import type { OutcomeFeedback } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { attr, childElements, firstChild } from '../xml.js';
import { joinBlocks, qtiAttr, qtiName } from './qti-html.js';

type Sanitise = (element: Element) => string;

/**
 * Modal feedback by outcome. The usual pattern (1EdTech's examples, most tools, our export): an
 * outcome FEEDBACK set by response processing to "correct" / "incorrect" (or "partial"), one
 * `modalFeedback` shown for each. Such feedback (modal, or a feedbackInline/feedbackBlock in the
 * body outside the choices) becomes `feedback.correct/partial/incorrect`; anything else (a solution always shown, feedback by the chosen option, hints) becomes the
 * solution, as before.
 */
export function readModalFeedback(
  root: Element,
  v3: boolean,
  sanitise: Sanitise,
): { feedback?: OutcomeFeedback; solution: string } {
  const n = (kebab: string) => qtiName(v3, kebab);
  const feedback: OutcomeFeedback = {};
  const solution: string[] = [];
  const body = firstChild(root, n('item-body'));
  const inBody = body ? bodyFeedback(body, v3) : [];
  for (const element of [...childElements(root, n('modal-feedback')), ...inBody]) {
    const html = sanitise(firstChild(element, 'qti-content-body') ?? element);
    if (!html) continue;
    const outcome = outcomeOf(attr(element, 'identifier') ?? '', qtiAttr(element, v3, 'show-hide') ?? 'show');
    if (outcome && feedback[outcome] === undefined) feedback[outcome] = html;
    else solution.push(html);
  }
  return { ...(Object.keys(feedback).length ? { feedback } : {}), solution: joinBlocks(solution) };
}

/** Which outcome a feedback identifier names ("hide" of correct = shown when not correct). */
function outcomeOf(identifier: string, showHide: string): keyof OutcomeFeedback | null {
  const id = identifier
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  const hide = showHide.trim().toLowerCase() === 'hide';
  if (['correct', 'right', 'fbcorrect', 'feedbackcorrect'].includes(id))
    return hide ? 'incorrect' : 'correct';
  if (hide) return null;
  if (['incorrect', 'wrong', 'fbincorrect', 'feedbackincorrect'].includes(id)) return 'incorrect';
  if (['partial', 'partiallycorrect', 'partlycorrect', 'fbpartial'].includes(id)) return 'partial';
  return null;
}

/** `feedbackInline` / `qti-feedback-inline` inside a choice: that option's feedback. */
export function inlineFeedback(choice: Element, v3: boolean, sanitise: Sanitise): string {
  const n = (kebab: string) => qtiName(v3, kebab);
  const found: Element[] = [];
  const walk = (parent: Element) => {
    for (const child of childElements(parent)) {
      if (child.localName === n('feedback-inline') || child.localName === n('feedback-block'))
        found.push(child);
      else walk(child);
    }
  };
  walk(choice);
  return joinBlocks(found.map(sanitise));
}

/** Feedback elements of the item body that do not belong to a choice (those are option feedback). */
function bodyFeedback(body: Element, v3: boolean): Element[] {
  const n = (kebab: string) => qtiName(v3, kebab);
  const names = [n('feedback-inline'), n('feedback-block')];
  const found: Element[] = [];
  const walk = (parent: Element) => {
    for (const child of childElements(parent)) {
      if (child.localName === n('simple-choice')) continue;
      if (names.includes(child.localName ?? '')) found.push(child);
      else walk(child);
    }
  };
  walk(body);
  return found;
}
