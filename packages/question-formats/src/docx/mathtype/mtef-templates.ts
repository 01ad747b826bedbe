import { delimiter } from '../omml-symbols.js';
import {
  arrowLatex,
  bigOperatorLatex,
  customOperatorLatex,
  integralLatex,
  limits,
} from './mtef-operators.js';
import type { MtChar, MtNode, MtTemplate } from './mtef-tree.js';
import { matrixRows, pileRows, tidy, type Writer } from './mtef-writer.js';

/** Default fences of the fence templates (selectors 0–8) when the file does not name its glyphs. */
const FENCES: [string, string][] = [
  ['⟨', '⟩'],
  ['(', ')'],
  ['{', '}'],
  ['[', ']'],
  ['|', '|'],
  ['‖', '‖'],
  ['⌊', '⌋'],
  ['⌈', '⌉'],
  ['[', ']'],
];

/** What the teacher is told when a template cannot be written. */
const TEMPLATE_NAMES: Record<number, string> = {
  14: 'mũi tên có chữ',
  21: 'toán tử lớn',
  22: 'toán tử lớn',
  25: 'ngoặc vuông ngang',
  26: 'phép chia dài',
  35: 'ký hiệu trạng thái',
  36: 'gạch xoá',
  255: 'mẫu của Equation Editor 3.0',
};

/** A template (fraction, root, fence, script, big operator, decoration...) as LaTeX. */
export function templateLatex(writer: Writer, template: MtTemplate): string {
  const { selector, variation } = template;
  const lines = template.slots.filter((slot) => slot.kind !== 'char');
  const chars = template.slots.filter((slot): slot is MtChar => slot.kind === 'char');
  const slot = (index: number): string => tidy(writer.node(lines[index]));
  if (selector <= 9) return fence(writer, template, lines[0], chars);
  const unsupported = (): string => {
    writer.unsupported.add(TEMPLATE_NAMES[selector] ?? `mẫu số ${selector}`);
    return '';
  };
  // A script that precedes its base (prescript) gets an empty base of its own.
  const before = selector >= 27 && selector <= 29 && variation & 0x01 ? '{}' : '';
  switch (selector) {
    case 10: {
      const index = slot(1);
      return index ? `\\sqrt[${index}]{${slot(0)}}` : `\\sqrt{${slot(0)}}`;
    }
    case 11:
      return variation & 0x02 ? `{${slot(0)}}/{${slot(1)}}` : `\\frac{${slot(0)}}{${slot(1)}}`;
    case 12:
      return `\\underline{${slot(0)}}`;
    case 13:
      return `\\overline{${slot(0)}}`;
    case 14:
      return arrowLatex(chars, slot(0), slot(1)) ?? unsupported();
    case 15:
      return integralLatex(variation, slot(1), slot(2), slot(0));
    case 16:
    case 17:
    case 18:
    case 19:
    case 20:
      return bigOperatorLatex(selector, slot(1), slot(2), slot(0));
    case 21:
    case 22:
      return customOperatorLatex(selector, slot(3), slot(1), slot(2), slot(0)) ?? unsupported();
    case 23:
      return `${slot(0)}${limits(slot(1), slot(2))} `;
    case 24:
      return variation & 0x01
        ? `\\overbrace{${slot(0)}}${limits('', slot(1))}`
        : `\\underbrace{${slot(0)}}${limits(slot(1), '')}`;
    case 27:
      return `${before}${limits(slot(0), '')}`;
    case 28:
      // MathType writes an empty subscript slot first; keep a lone slot as the superscript.
      return `${before}${limits('', lines.length > 1 ? slot(1) : slot(0))}`;
    case 29:
      return `${before}${limits(slot(0), slot(1))}`;
    case 30:
      return `\\langle ${slot(0)}|${slot(1)}\\rangle `;
    case 31:
      return `${vectorCommand(variation)}{${slot(0)}}`;
    case 32:
      return `\\widetilde{${slot(0)}}`;
    case 33:
      return `\\widehat{${slot(0)}}`;
    case 34:
      return `\\overset{\\frown}{${slot(0)}}`;
    case 37:
      return `\\boxed{${slot(0)}}`;
    default:
      return unsupported();
  }
}

/** A template's own character (fence, operator); empty when only a font position was written. */
function glyph(char: MtChar | undefined): string {
  return char && char.code > 0 ? String.fromCodePoint(char.code) : '';
}

/** Vietnamese vectors have an arrow over the letters: `\overrightarrow{AB}`. */
function vectorCommand(variation: number): string {
  if (variation & 0x04) return '\\underrightarrow';
  if (variation & 0x08) return '\\overrightharpoon';
  const left = variation & 0x01;
  const right = variation & 0x02;
  if (left && right) return '\\overleftrightarrow';
  return left ? '\\overleftarrow' : '\\overrightarrow';
}

/**
 * Fences. A left brace (alone) around a pile is a system of equations: `\begin{cases}`; a left
 * bracket around a pile is a union of cases ("hoặc"): an array in `\left[ ... \right.`.
 */
function fence(writer: Writer, template: MtTemplate, body: MtNode | undefined, chars: MtChar[]): string {
  const { selector, variation } = template;
  const fallback = FENCES[selector] ?? ['(', ')'];
  let hasLeft = variation & 0x03 ? Boolean(variation & 0x01) : true;
  let hasRight = variation & 0x03 ? Boolean(variation & 0x02) : true;
  let left = fallback[0];
  let right = fallback[1];
  const [first, second] = chars.map(glyph);
  if (first && second) {
    left = first;
    right = second;
  } else if (first) {
    const glyph = first;
    if (hasLeft && !hasRight) left = glyph;
    else if (hasRight && !hasLeft) right = glyph;
  }
  if (selector === 9) hasLeft = hasRight = true;
  const stacked = stack(writer, body);
  if (stacked && hasLeft && !hasRight && left === '{')
    return `\\begin{cases} ${stacked.join(' \\\\ ')} \\end{cases}`;
  if (stacked && hasLeft && !hasRight && left === '[')
    return `\\left[\\begin{array}{l} ${stacked.join(' \\\\ ')} \\end{array}\\right.`;
  const inner = tidy(writer.node(body));
  const opening = hasLeft ? delimiter(left) : '.';
  const gap = /^\\[a-zA-Z]+$/.test(opening) ? ' ' : '';
  return `\\left${opening}${gap}${inner}\\right${hasRight ? delimiter(right) : '.'}`;
}

/** The rows of a fence's body when it is only a pile or a one-column matrix. */
function stack(writer: Writer, body: MtNode | undefined): string[] | null {
  const only = body?.kind === 'line' && body.items.length === 1 ? body.items[0] : body;
  if (only?.kind === 'pile' && only.lines.length > 1) return pileRows(writer, only.lines);
  if (only?.kind === 'matrix' && only.cols === 1 && only.rows > 1)
    return matrixRows(writer, only.rows, 1, only.cells);
  return null;
}
