import { functionName } from '../docx/omml-symbols.js';
import type { Token } from './latex-tokens.js';
import * as omml from './omml-builders.js';

/** A parsed piece of an equation: a character of text (merged into runs later) or built OMML. */
export type Item = { kind: 'text'; text: string; style: omml.RunStyle } | { kind: 'node'; xml: string };

export const text = (value: string, style: omml.RunStyle = 'math'): Item => ({
  kind: 'text',
  text: value,
  style,
});
export const node = (xml: string): Item => ({ kind: 'node', xml });

/** What command handlers need from the parser (kept apart so the modules do not import each other). */
export interface MathReader {
  readonly tokens: Token[];
  at: number;
  peek(offset?: number): Token | undefined;
  /** A group, one command or one character. */
  argument(): Item[];
  /** The tokens of a group argument, unparsed. */
  rawArgument(): Token[];
  /** Tokens up to the matching `\right` / `\end`, the cursor left on it. */
  until(name: string): Token[];
  parse(tokens: Token[]): Item[];
  /** What `\sin`, `\sum_{i}` apply to: up to the next space or operator at this level. */
  operand(): Item[];
  /** Scripts following `head`, attached to it. */
  withScripts(head: Item[]): Item[];
}

const isBlank = (item: Item | undefined): boolean =>
  item?.kind === 'text' && item.style === 'math' && !item.text.trim();

/** Items to OMML: neighbouring math text in one run, outer spaces dropped (the reader trims). */
export function emit(items: Item[]): string {
  const kept = [...items];
  while (isBlank(kept[0])) kept.shift();
  while (isBlank(kept.at(-1))) kept.pop();
  let xml = '';
  let pending = '';
  const flush = (): void => {
    // A run that spells a function name would come back as `\sin`: split it.
    if (functionName(pending)) xml += omml.mathRun(pending.slice(0, 1)) + omml.mathRun(pending.slice(1));
    else if (pending) xml += omml.mathRun(pending);
    pending = '';
  };
  for (const item of kept) {
    if (item.kind === 'text' && item.style === 'math') pending += item.text;
    else {
      flush();
      xml += item.kind === 'text' ? omml.mathRun(item.text, item.style) : item.xml;
    }
  }
  flush();
  return xml;
}
