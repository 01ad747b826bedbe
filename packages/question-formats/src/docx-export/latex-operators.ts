import { LIMIT_FUNCTIONS } from './latex-symbols.js';
import { emit, type Item, type MathReader, node, text } from './math-items.js';
import * as omml from './omml-builders.js';

/**
 * Operators that apply to what follows: functions (`\sin x`, `\lim_{x\to 0} f`) and n-ary
 * operators (`\sum_{k=1}^{n} k`). Without an operand they stay plain characters, so Word shows
 * no empty placeholder box.
 */
export function applyFunction(reader: MathReader, name: string): Item[] {
  let head = omml.mathRun(name, 'upright');
  let scripted = false;
  const next = reader.peek()?.kind;
  if ((next === 'sub' || next === 'sup') && LIMIT_FUNCTIONS.has(name)) {
    reader.at++;
    head = omml.limit(next === 'sub' ? 'low' : 'upp', head, emit(reader.argument()));
    scripted = true;
  } else if (next === 'sub' || next === 'sup') {
    head = emit(reader.withScripts([node(head)]));
    scripted = true;
  }
  const operand = reader.operand();
  if (operand.length > 0) return [node(omml.func(head, emit(operand)))];
  return [scripted ? node(head) : text(name, 'upright')];
}

export function applyNary(reader: MathReader, char: string): Item[] {
  let sub: string | null = null;
  let sup: string | null = null;
  for (let token = reader.peek(); token; token = reader.peek()) {
    if (token.kind === 'word' && (token.name === 'limits' || token.name === 'nolimits')) reader.at++;
    else if (token.kind === 'sub' && sub === null) {
      reader.at++;
      sub = emit(reader.argument());
    } else if (token.kind === 'sup' && sup === null) {
      reader.at++;
      sup = emit(reader.argument());
    } else break;
  }
  const operand = reader.operand();
  if (sub === null && sup === null && operand.length === 0) return [text(char)];
  return [node(omml.nary(char, sub, sup, emit(operand)))];
}
