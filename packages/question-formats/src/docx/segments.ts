/**
 * What a run says beyond the marks the reader looks for: subscript/superscript and a monospace
 * font (code: a paragraph all in it is preformatted text, part of one is inline code).
 */
export interface RunExtras {
  script?: 'sub' | 'sup';
  mono?: true;
}

/** A piece of a Word paragraph, with the formatting the importer cares about. */
export type Segment =
  | ({
      kind: 'text';
      text: string;
      bold: boolean;
      italic: boolean;
      underline: boolean;
      red: boolean;
      /** Highlighted or shaded; any non-black colour (answer marks, see option-marks.ts). */
      highlight?: boolean;
      coloured?: boolean;
      /** A web link (`w:hyperlink` to an http/https target). */
      href?: string;
    } & RunExtras)
  | { kind: 'break' }
  | { kind: 'math'; latex: string; display: boolean }
  | { kind: 'image'; id: string; alt?: string; width?: number; height?: number };

/** Non-text segments count as one character in a paragraph's plain text. */
const OBJECT_CHAR = '\ufffc';

function segmentText(segment: Segment): string {
  if (segment.kind === 'text') return segment.text;
  return segment.kind === 'break' ? '\n' : OBJECT_CHAR;
}

export function plainText(segments: Segment[]): string {
  return segments.map(segmentText).join('');
}

/** The segments covering plain-text offsets [start, end), text segments cut at the edges. */
export function sliceSegments(segments: Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const length = segmentText(segment).length;
    const from = Math.max(start, at);
    const to = Math.min(end, at + length);
    if (from < to) {
      out.push(
        segment.kind === 'text' ? { ...segment, text: segment.text.slice(from - at, to - at) } : segment,
      );
    }
    at += length;
  }
  return out;
}

/** True when every non-blank character of the segments has the flag (and there is one). */
export function allFlagged(segments: Segment[], flag: 'underline' | 'red'): boolean {
  let seen = false;
  for (const segment of segments) {
    if (segment.kind !== 'text' || !segment.text.trim()) continue;
    if (!segment[flag]) return false;
    seen = true;
  }
  return seen;
}
