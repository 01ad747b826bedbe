import { structureCommand } from './latex-commands.js';
import { applyFunction, applyNary } from './latex-operators.js';
import {
  accentChar,
  commandChar,
  isFunctionName,
  isLayoutOnly,
  naryChar,
  symbolChar,
} from './latex-symbols.js';
import { nestingDepth, scan, type Token, tokenize, tokensText } from './latex-tokens.js';
import { emit, type Item, type MathReader, node, text } from './math-items.js';
import * as omml from './omml-builders.js';

/**
 * LaTeX to Office Math, for the LaTeX docx/omml.ts writes (and common hand-written LaTeX), so
 * that OMML -> LaTeX -> OMML -> LaTeX gives the same string. Where LaTeX leaves an operand's
 * extent open (`\sin x`, `\sum_{i} i`), it ends where the reader would have put a space.
 * Unknown commands become text runs; nothing here throws.
 */
export function latexToOmml(latex: string): string {
  const tokens = tokenize(latex);
  // Parsing nests one level per group and rescans it: absurd input is kept as text instead.
  if (tokens.length > MAX_TOKENS || nestingDepth(tokens) > MAX_DEPTH) return omml.mathRun(latex, 'text');
  try {
    return emit(new MathParser(tokens).sequence());
  } catch {
    return omml.mathRun(latex, 'text');
  }
}

const MAX_TOKENS = 20_000;
const MAX_DEPTH = 100;

/** Where the reader would put a space after an operand (its `tidy` drops spaces before these). */
const OPERAND_END = new Set([')', ']', '|', ',', '.', '=', '+', '-', '<', '>']);
class MathParser implements MathReader {
  at = 0;
  constructor(readonly tokens: Token[]) {}

  parse(tokens: Token[]): Item[] {
    return new MathParser(tokens).sequence();
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  sequence(): Item[] {
    const out: Item[] = [];
    let base: { start: number; group: boolean } | null = null;
    while (this.at < this.tokens.length) {
      const token = this.peek() as Token;
      if (token.kind === 'sup' || token.kind === 'sub') {
        base = this.scripts(out, base);
      } else if (
        token.kind === 'char' &&
        token.char === '/' &&
        base?.group &&
        this.peek(1)?.kind === 'open'
      ) {
        const num = out.splice(base.start);
        this.at++;
        out.push(node(omml.fraction(emit(num), emit(this.group()), 'lin')));
        base = { start: out.length - 1, group: false };
      } else {
        const start = out.length;
        const kind = token.kind;
        out.push(...this.atom());
        if (kind === 'open') base = { start, group: true };
        else if (kind !== 'space' && out.length > start) base = { start, group: false };
      }
    }
    return out;
  }

  /** `{x}^{2}`, `x_i`, `{}_{a}^{b}{X}`, and `30^{\circ}` (the reader's spelling of °). */
  private scripts(
    out: Item[],
    base: { start: number; group: boolean } | null,
  ): { start: number; group: boolean } {
    if (this.peek()?.kind === 'sup' && !base?.group && this.degreeSign()) {
      out.push(text('°'));
      return { start: out.length - 1, group: false };
    }
    const baseItems = base ? out.splice(base.start) : [];
    let sub: string | null = null;
    let sup: string | null = null;
    for (let token = this.peek(); token?.kind === 'sub' || token?.kind === 'sup'; token = this.peek()) {
      if ((token.kind === 'sub' ? sub : sup) !== null) break;
      this.at++;
      const argument = emit(this.argument());
      if (token.kind === 'sub') sub = argument;
      else sup = argument;
    }
    const emptyGroup = (base?.group ?? true) && baseItems.length === 0;
    if (emptyGroup && sub !== null && sup !== null && this.peek()?.kind === 'open') {
      out.push(node(omml.preScripts(sub, sup, emit(this.group()))));
    } else out.push(node(omml.scripts(emit(baseItems), sub, sup)));
    return { start: out.length - 1, group: false };
  }

  private degreeSign(): boolean {
    const [a, b, c] = [this.peek(1), this.peek(2), this.peek(3)];
    const circ = (t: Token | undefined) => t?.kind === 'word' && t.name === 'circ';
    if (circ(a)) this.at += 2;
    else if (a?.kind === 'open' && circ(b) && c?.kind === 'close') this.at += 4;
    else return false;
    return true;
  }

  /** `{...}` at the cursor, without its braces. */
  group(): Item[] {
    const end = scan(this.tokens, this.at + 1, () => false);
    const inner = this.parse(this.tokens.slice(this.at + 1, end));
    this.at = end + 1;
    return inner;
  }

  /** A command's argument or a script: a group, one command, or one character. */
  argument(): Item[] {
    while (this.peek()?.kind === 'space') this.at++;
    const token = this.peek();
    if (!token || token.kind === 'close') return [];
    return token.kind === 'open' ? this.group() : this.atom();
  }

  /** The raw text of a group argument (`\text{...}`, environment names). */
  rawArgument(): Token[] {
    while (this.peek()?.kind === 'space') this.at++;
    if (this.peek()?.kind !== 'open')
      return this.at < this.tokens.length ? [this.tokens[this.at++] as Token] : [];
    const end = scan(this.tokens, this.at + 1, () => false);
    const inner = this.tokens.slice(this.at + 1, end);
    this.at = end + 1;
    return inner;
  }

  /** What `\sin`, `\sum_{i}` apply to: up to the next space or operator at this level. */
  operand(): Item[] {
    while (this.peek()?.kind === 'space') this.at++;
    const end = scan(
      this.tokens,
      this.at,
      (t) => t.kind === 'space' || t.kind === 'amp' || (t.kind === 'char' && OPERAND_END.has(t.char)),
    );
    const items = this.parse(this.tokens.slice(this.at, end));
    this.at = end;
    return items;
  }

  /** Tokens between here and the matching closer (`\right`, `\end`), the cursor left on it. */
  until(name: string): Token[] {
    const end = scan(this.tokens, this.at, (t) => t.kind === 'word' && t.name === name);
    const inner = this.tokens.slice(this.at, end);
    this.at = end;
    return inner;
  }

  atom(): Item[] {
    const token = this.tokens[this.at++] as Token;
    switch (token.kind) {
      case 'space':
        return [text(' ')];
      case 'open':
        this.at--;
        return this.group();
      case 'amp':
        return [text('&')];
      case 'char':
        return [text(token.char === '-' ? '\u2212' : token.char)];
      case 'symbol':
        return token.char === '\\' ? [] : [text(symbolChar(token.char))];
      case 'word':
        return this.command(token.name);
      default:
        return []; // a stray `}` or script sign
    }
  }

  private command(name: string): Item[] {
    const built = structureCommand(this, name);
    if (built) return built;
    if (name === 'operatorname' || name === 'mathrm') {
      const raw = tokensText(this.rawArgument());
      return isFunctionName(raw) ? applyFunction(this, raw) : [text(raw, 'upright')];
    }
    if (isFunctionName(name)) return applyFunction(this, name);
    const nary = naryChar(name);
    if (nary) return applyNary(this, nary);
    const accent = accentChar(name);
    if (accent) return [node(omml.accent(accent, emit(this.argument())))];
    const char = commandChar(name);
    if (char !== null) return [text(char)];
    if (isLayoutOnly(name)) return [];
    return [text(`\\${name}`, 'text')];
  }

  /** Scripts right after `head` (`\log_{2}`) attach to it as to a group. */
  withScripts(head: Item[]): Item[] {
    const holder = [...head];
    this.scripts(holder, { start: 0, group: true });
    return holder;
  }
}
