import { delimiterChar, doubleStruck, symbolChar } from './latex-symbols.js';
import { scan, splitTop, type Token, tokensText } from './latex-tokens.js';
import { emit, type Item, type MathReader, node, text } from './math-items.js';
import * as omml from './omml-builders.js';

/** Commands with fixed arguments: fractions, roots, decorations, text, delimiters, environments. */
export function structureCommand(reader: MathReader, name: string): Item[] | null {
  const argument = (): string => emit(reader.argument());
  switch (name) {
    case 'frac':
    case 'dfrac':
    case 'tfrac':
    case 'cfrac': {
      const num = argument();
      return [node(omml.fraction(num, argument()))];
    }
    case 'genfrac': {
      for (let i = 0; i < 4; i++) reader.rawArgument();
      const num = argument();
      return [node(omml.fraction(num, argument(), 'noBar'))];
    }
    case 'binom':
    case 'dbinom':
    case 'tbinom': {
      const num = argument();
      return [node(omml.delimited('(', ')', [omml.fraction(num, argument(), 'noBar')]))];
    }
    case 'sqrt':
      return root(reader);
    case 'overline':
    case 'underline':
      return [node(omml.bar(name === 'overline' ? 'top' : 'bot', argument()))];
    case 'overset':
    case 'stackrel':
    case 'underset': {
      const lim = argument();
      return [node(omml.limit(name === 'underset' ? 'low' : 'upp', argument(), lim))];
    }
    case 'overbrace':
    case 'underbrace':
      return [node(omml.groupCharacter(name === 'overbrace' ? 'top' : 'bot', argument()))];
    case 'boxed':
      return [node(omml.borderBox(argument()))];
    case 'left':
      return [delimited(reader)];
    case 'begin':
      return [node(environment(reader))];
    default:
      return styledCommand(reader, name);
  }
}

function styledCommand(reader: MathReader, name: string): Item[] | null {
  switch (name) {
    case 'text':
    case 'textrm':
    case 'textnormal':
    case 'textit':
    case 'textbf':
    case 'textsf':
    case 'mbox':
    case 'hbox': {
      const raw = tokensText(reader.rawArgument());
      return raw ? [text(raw, 'text')] : [];
    }
    case 'mathbb':
      return [...tokensText(reader.rawArgument())].map((letter) => text(doubleStruck(letter)));
    case 'mathbf':
    case 'mathit':
    case 'mathsf':
    case 'mathcal':
    case 'mathscr':
    case 'mathfrak':
    case 'boldsymbol':
    case 'bm':
      return reader.argument();
    case 'not': {
      const next = reader.peek();
      const negated =
        next?.kind === 'char' && next.char === '='
          ? '≠'
          : next?.kind === 'word' && next.name === 'in'
            ? '∉'
            : null;
      if (negated) reader.at++;
      return negated ? [text(negated)] : [];
    }
    default:
      return null;
  }
}

/** `\sqrt{x}`, `\sqrt[3]{x}`; an empty `\sqrt{}` is the reader's spelling of a lone √. */
function root(reader: MathReader): Item[] {
  let degree: string | null = null;
  const next = reader.peek();
  if (next?.kind === 'char' && next.char === '[') {
    const end = scan(reader.tokens, reader.at + 1, (t) => t.kind === 'char' && t.char === ']');
    degree = emit(reader.parse(reader.tokens.slice(reader.at + 1, end)));
    reader.at = end + 1;
  }
  const body = reader.argument();
  if (degree === null && body.length === 0) return [text('√')];
  return [node(omml.radical(emit(body), degree))];
}

/** `\left( a \mid b \right)`: a `\mid` after a space separates, as the reader writes it. */
function delimited(reader: MathReader): Item {
  const begin = delimiter(reader);
  const inner = reader.until('right');
  const closer = reader.peek();
  let end = '';
  if (closer?.kind === 'word' && closer.name === 'right') {
    reader.at++;
    end = delimiter(reader);
  }
  const parts = splitTop(
    inner,
    (t, i) => t.kind === 'word' && t.name === 'mid' && inner[i - 1]?.kind === 'space',
  );
  return node(
    omml.delimited(
      begin,
      end,
      parts.map((part) => emit(reader.parse(part))),
    ),
  );
}

function delimiter(reader: MathReader): string {
  while (reader.peek()?.kind === 'space') reader.at++;
  const token = reader.peek();
  if (token?.kind === 'char' || token?.kind === 'symbol' || token?.kind === 'word') reader.at++;
  if (token?.kind === 'char') return token.char === '.' ? '' : token.char;
  if (token?.kind === 'symbol') return symbolChar(token.char);
  if (token?.kind === 'word') return delimiterChar(`\\${token.name}`);
  return '';
}

const FENCES: Record<string, [string, string]> = {
  pmatrix: ['(', ')'],
  bmatrix: ['[', ']'],
  Bmatrix: ['{', '}'],
  vmatrix: ['|', '|'],
  Vmatrix: ['‖', '‖'],
};

/** `\begin{matrix}`, the `*matrix` family, `cases`, `array` and the align family. */
function environment(reader: MathReader): string {
  const name = tokensText(reader.rawArgument()).trim();
  if (name === 'array') {
    if (reader.peek()?.kind === 'char' && (reader.peek() as { char: string }).char === '[')
      reader.at = scan(reader.tokens, reader.at, (t) => t.kind === 'char' && t.char === ']') + 1;
    reader.rawArgument();
  }
  const body = reader.until('end');
  if (reader.peek()?.kind === 'word') {
    reader.at++;
    reader.rawArgument();
  }
  const rows = splitTop(body, (t) => t.kind === 'symbol' && t.char === '\\').map((row) =>
    splitTop(row, (t) => t.kind === 'amp'),
  );
  const last = rows.at(-1);
  if (rows.length > 1 && last?.every((cell) => cell.every((t) => t.kind === 'space'))) rows.pop();
  const cells = (row: Token[][]): string[] => row.map((cell) => emit(reader.parse(cell)));
  const joined = (row: Token[][]): string =>
    emit(reader.parse(row.flatMap((cell, i) => (i ? [{ kind: 'space' } as Token, ...cell] : cell))));
  const fence = FENCES[name];
  if (fence) return omml.delimited(fence[0], fence[1], [omml.matrix(rows.map(cells))]);
  if (name === 'matrix' || name === 'smallmatrix' || (name === 'array' && rows.some((row) => row.length > 1)))
    return omml.matrix(rows.map(cells));
  if (name === 'cases') return omml.delimited('{', '', [omml.equationArray(rows.map(joined))]);
  return omml.equationArray(rows.map(joined));
}
