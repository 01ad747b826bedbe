/** The tree an MTEF equation is read into: only what LaTeX needs. */
export type MtNode = MtChar | MtLine | MtTemplate | MtPile | MtMatrix;

export interface MtChar {
  kind: 'char';
  /** MathType style: 1 text, 2 function, 3 variable, 4/5 Greek, 6 symbol, 7 vector, 8 number... */
  typeface: number;
  /** MTCode (Unicode for nearly everything), or -1 when only a font position was written. */
  code: number;
  /** Embellishment types (dot, prime, hat, arrow...) in order. */
  embellishments: number[];
  /** MathType marks the first character of each function name ("sin", "cos"). */
  functionStart?: boolean;
}

interface MtLine {
  kind: 'line';
  items: MtNode[];
}

export interface MtTemplate {
  kind: 'template';
  selector: number;
  variation: number;
  /** Slots (lines) and the template's own characters (fences, operators), in file order. */
  slots: MtNode[];
}

interface MtPile {
  kind: 'pile';
  /** 1 left, 2 centre, 3 right, 4 relational, 5 decimal. */
  halign: number;
  lines: MtNode[];
}

interface MtMatrix {
  kind: 'matrix';
  rows: number;
  cols: number;
  cells: MtNode[];
}

export interface MtEquation {
  version: number;
  items: MtNode[];
}
