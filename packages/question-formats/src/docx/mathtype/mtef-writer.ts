import type { MtNode } from './mtef-tree.js';

/** Shared by the MTEF converters: writes nodes and collects what could not be written. */
export interface Writer {
  unsupported: Set<string>;
  items(items: MtNode[]): string;
  node(node: MtNode | undefined): string;
}

/** A pile (lines stacked) as a one-column array. */
export function pileRows(writer: Writer, lines: MtNode[]): string[] {
  return lines.map((line) => tidy(writer.node(line)));
}

export function matrixRows(writer: Writer, rows: number, cols: number, cells: MtNode[]): string[] {
  const out: string[] = [];
  for (let row = 0; row < rows; row++) {
    const cellsOfRow = cells.slice(row * cols, row * cols + cols).map((cell) => tidy(writer.node(cell)));
    out.push(cellsOfRow.join(' & '));
  }
  return out;
}

export function codeName(code: number): string {
  return code < 0 ? 'không mã' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Spaces inside `\text{}` are written as this until the end, so tidying keeps them. */
export const TEXT_SPACE = '\u0000';

/** One space at most, none before closers, script marks, `\right` or another command. */
export function tidy(latex: string): string {
  return latex
    .replace(/\s+/g, ' ')
    .replace(/ ([}^_)\]|,.=+\-<>']|\\right)/g, '$1')
    .replace(/(\\[a-zA-Z]+) (?=\\)/g, '$1')
    .replace(/([{([]) /g, '$1')
    .trim();
}
