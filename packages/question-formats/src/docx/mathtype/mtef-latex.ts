import { bracedDecimalCommas, functionName } from '../omml-symbols.js';
import { charLatex, TYPEFACE, textLatex } from './mtef-chars.js';
import { templateLatex } from './mtef-templates.js';
import type { MtChar, MtEquation, MtNode } from './mtef-tree.js';
import { codeName, matrixRows, pileRows, TEXT_SPACE, tidy, type Writer } from './mtef-writer.js';

export interface MtefLatex {
  latex: string;
  /** What could not be written (e.g. "mẫu 26", "ký tự U+EB05"); empty when the LaTeX is whole. */
  unsupported: string[];
}

/** An MTEF tree as LaTeX in the subset KaTeX and the Word exporter (latex-omml) understand. */
export function mtefToLatex(equation: MtEquation): MtefLatex {
  const writer = newWriter();
  const latex = bracedDecimalCommas(tidy(writer.items(equation.items)).replaceAll(TEXT_SPACE, ' '));
  return { latex, unsupported: [...writer.unsupported] };
}

function newWriter(): Writer {
  const writer: Writer = {
    unsupported: new Set(),
    items: (items) => items_(writer, items),
    node: (node) => node_(writer, node),
  };
  return writer;
}

function node_(writer: Writer, node: MtNode | undefined): string {
  if (!node) return '';
  switch (node.kind) {
    case 'line':
      return writer.items(node.items);
    case 'char':
      return writer.items([node]);
    case 'template':
      return templateLatex(writer, node);
    case 'pile':
      return pileLatex(writer, node.lines, node.halign);
    case 'matrix':
      return matrixLatex(writer, node.rows, node.cols, node.cells);
  }
}

function items_(writer: Writer, items: MtNode[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    if (item.kind !== 'char') {
      const latex = writer.node(item);
      // A sub/superscript with nothing before it still needs a base.
      out += out.trim() === '' && /^[_^]/.test(latex) ? `{}${latex}` : latex;
      continue;
    }
    // Text and function styles, and characters in a font chosen by hand (negative typeface).
    if (item.typeface === TYPEFACE.text || item.typeface === TYPEFACE.function || item.typeface < 0) {
      const run = [item];
      while (sameRun(items[i + 1], item.typeface)) run.push(items[++i] as MtChar);
      out += runLatex(writer, run, item.typeface);
      continue;
    }
    const latex = charLatex(item);
    if (latex === null) writer.unsupported.add(charProblem(item));
    else out += latex;
  }
  return out;
}

const sameRun = (next: MtNode | undefined, typeface: number): boolean =>
  next?.kind === 'char' &&
  next.typeface === typeface &&
  next.embellishments.length === 0 &&
  next.code > 0 &&
  !next.functionStart;

/** A run of text-style or function-style characters: `\text{...}`, `\sin`, `\operatorname{...}`. */
function runLatex(writer: Writer, run: MtChar[], typeface: number): string {
  if (run.some((c) => c.embellishments.length || c.code < 0 || c.code >= 0xe000)) {
    return run
      .map((c) => {
        const latex = charLatex(c);
        if (latex === null) writer.unsupported.add(charProblem(c));
        return latex ?? '';
      })
      .join('');
  }
  const text = run.map((c) => String.fromCodePoint(c.code)).join('');
  if (typeface === TYPEFACE.function) {
    const name = text.trim();
    if (!/^\p{L}+$/u.test(name)) return run.map((c) => charLatex(c) ?? '').join('');
    return `${functionName(name) ?? `\\operatorname{${name}}`} `;
  }
  // A hand-picked font holds words only when they have spaces or Vietnamese letters ("với", "khi m").
  const words =
    typeface < 0 ? /[\s\u00c0-\u024f\u1e00-\u1eff]/u.test(text) && /\p{L}/u.test(text) : /\p{L}/u.test(text);
  if (!words) return run.map((c) => charLatex(c) ?? '').join('');
  return `\\text{${textLatex(text).replaceAll(' ', TEXT_SPACE)}}`;
}

const ALIGN: Record<number, string> = { 2: 'c', 3: 'r', 5: 'c' };

function pileLatex(writer: Writer, lines: MtNode[], halign: number): string {
  if (halign === 4 && lines.length > 1) {
    const rows = lines.map((line) => alignedRow(writer, line));
    return `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
  }
  const rows = pileRows(writer, lines);
  if (rows.length === 1) return rows[0] ?? '';
  return `\\begin{array}{${ALIGN[halign] ?? 'l'}} ${rows.join(' \\\\ ')} \\end{array}`;
}

/** Relations a pile aligned "at the relation" lines up on (MathType's relational alignment). */
const RELATIONS = new Set([...'=<>≤≥≠≈≡⇔⇒⇐→∈∉⊂⊃⊆⊇∼≅'].map((c) => c.codePointAt(0)));

/** A line of a relation-aligned pile: `&` before its first relation (at the start if none). */
function alignedRow(writer: Writer, line: MtNode): string {
  const items = line.kind === 'line' ? line.items : [line];
  const at = items.findIndex((item) => item.kind === 'char' && RELATIONS.has(item.code));
  if (at < 0) return `&${tidy(writer.items(items))}`;
  return `${tidy(writer.items(items.slice(0, at)))} &${tidy(writer.items(items.slice(at)))}`;
}

function matrixLatex(writer: Writer, rows: number, cols: number, cells: MtNode[]): string {
  if (cells.length !== rows * cols) writer.unsupported.add('ma trận thiếu ô');
  return `\\begin{matrix} ${matrixRows(writer, rows, cols, cells).join(' \\\\ ')} \\end{matrix}`;
}

/** Why a character could not be written: its code, or the decoration on it. */
function charProblem(char: MtChar): string {
  if (charLatex({ ...char, embellishments: [] }) !== null)
    return `dấu trên ký tự (${char.embellishments.join(', ')})`;
  return `ký tự ${codeName(char.code)}`;
}
