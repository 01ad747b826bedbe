/** A LaTeX math token. Spaces after a control word are dropped (they only end the word). */
export type Token =
  | { kind: 'word'; name: string }
  | { kind: 'symbol'; char: string }
  | { kind: 'char'; char: string }
  | { kind: 'space' }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'sup' }
  | { kind: 'sub' }
  | { kind: 'amp' };

const SINGLE: Record<string, Token> = {
  '{': { kind: 'open' },
  '}': { kind: 'close' },
  '^': { kind: 'sup' },
  _: { kind: 'sub' },
  '&': { kind: 'amp' },
};

export function tokenize(latex: string): Token[] {
  const chars = [...latex.normalize('NFC')];
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] as string;
    if (char === '\\') {
      let name = '';
      let j = i + 1;
      while (j < chars.length && /^[a-zA-Z]$/.test(chars[j] as string)) name += chars[j++];
      if (name) {
        tokens.push({ kind: 'word', name });
        while (j < chars.length && /^\s$/.test(chars[j] as string)) j++;
        i = j;
      } else {
        tokens.push(j < chars.length ? { kind: 'symbol', char: chars[j] as string } : { kind: 'char', char });
        i = j + 1;
      }
    } else if (/^\s$/.test(char)) {
      if (tokens[tokens.length - 1]?.kind !== 'space') tokens.push({ kind: 'space' });
      i++;
    } else {
      tokens.push(SINGLE[char] ?? { kind: 'char', char });
      i++;
    }
  }
  return tokens;
}

/** How a token changes nesting: braces, \left...\right and \begin...\end all nest. */
function depthChange(token: Token): number {
  if (token.kind === 'open') return 1;
  if (token.kind === 'close') return -1;
  if (token.kind === 'word' && (token.name === 'left' || token.name === 'begin')) return 1;
  if (token.kind === 'word' && (token.name === 'right' || token.name === 'end')) return -1;
  return 0;
}

/** How deep groups, `\left` and `\begin` nest (real equations stay far below 20). */
export function nestingDepth(tokens: Token[]): number {
  let depth = 0;
  let deepest = 0;
  for (const token of tokens) {
    depth = Math.max(0, depth + depthChange(token));
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * The index of the first token from `start` that `stops` at nesting depth 0 (before it is
 * counted), or the index of the closing token that leaves the starting level; tokens.length if none.
 */
export function scan(tokens: Token[], start: number, stops: (token: Token, at: number) => boolean): number {
  let depth = 0;
  for (let at = start; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (depth === 0 && stops(token, at)) return at;
    depth += depthChange(token);
    if (depth < 0) return at;
    // The delimiter after `\right` belongs to it: `\right)` must not end an operand at `)`.
    if (token.kind === 'word' && token.name === 'right') at = delimiterEnd(tokens, at);
  }
  return tokens.length;
}

function delimiterEnd(tokens: Token[], at: number): number {
  let next = at + 1;
  while (tokens[next]?.kind === 'space') next++;
  const kind = tokens[next]?.kind;
  return kind === 'char' || kind === 'symbol' || kind === 'word' ? next : at;
}

/** Splits at tokens that `separates` at depth 0 (cells at `&`, rows at `\\`). */
export function splitTop(tokens: Token[], separates: (token: Token, at: number) => boolean): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (;;) {
    const at = scan(tokens, from, separates);
    parts.push(tokens.slice(from, at));
    if (at >= tokens.length) return parts;
    from = at + 1;
  }
}

/** The source text of tokens, for `\text{...}` and environment names. */
export function tokensText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'word':
          return `\\${token.name}`;
        case 'symbol':
          return /[{}%$#&_ ]/.test(token.char) ? token.char : `\\${token.char}`;
        case 'char':
          return token.char;
        case 'space':
          return ' ';
        case 'open':
          return '{';
        case 'close':
          return '}';
        case 'sup':
          return '^';
        case 'sub':
          return '_';
        default:
          return '&';
      }
    })
    .join('');
}
