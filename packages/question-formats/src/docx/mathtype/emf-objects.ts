import { gdiColour } from './metafile.js';
import type { Font } from './wmf-text.js';

/** The drawing objects of an EMF (pens, brushes, fonts) that the SVG drawing uses. */
export type Pen = { kind: 'pen'; color: string; width: number; none: boolean };
export type Brush = { kind: 'brush'; color: string; none: boolean };
export type GdiObject = Font | Pen | Brush;

/** Stock objects (index with the high bit set): white/black/null brushes, white/black/null pens. */
export const STOCK: Record<number, GdiObject> = {
  0: { kind: 'brush', color: '#ffffff', none: false },
  4: { kind: 'brush', color: '#000000', none: false },
  5: { kind: 'brush', color: '#000000', none: true },
  6: { kind: 'pen', color: '#ffffff', width: 0, none: false },
  7: { kind: 'pen', color: '#000000', width: 0, none: false },
  8: { kind: 'pen', color: '#000000', width: 0, none: true },
};

/** A CreatePen (38), ExtCreatePen (95), CreateBrushIndirect (39) or ExtCreateFontIndirectW (82). */
export function emfObject(
  view: DataView,
  type: number,
  at: number,
  end: number,
): { index: number; object: GdiObject } | null {
  const index = view.getUint32(at + 8, true);
  const u32 = (offset: number) => view.getUint32(at + offset, true);
  // A pen's style, width and colour sit at different offsets in the two records; style 5 is PS_NULL.
  const pen = (style: number, width: number, colourAt: number): Pen => ({
    kind: 'pen',
    none: (style & 0x0f) === 5,
    width,
    color: gdiColour(view, at + colourAt),
  });
  switch (type) {
    case 38:
      return { index, object: pen(u32(12), view.getInt32(at + 16, true), 24) };
    case 95:
      return { index, object: pen(u32(28), u32(32), 40) };
    case 39:
      return { index, object: { kind: 'brush', none: u32(12) === 1, color: gdiColour(view, at + 16) } };
    case 82: {
      let face = '';
      for (let i = 0; i < 32 && at + 40 + i * 2 + 2 <= end; i++) {
        const unit = view.getUint16(at + 40 + i * 2, true);
        if (unit === 0) break;
        face += String.fromCharCode(unit);
      }
      const font: Font = {
        kind: 'font',
        height: Math.abs(view.getInt32(at + 12, true)),
        weight: view.getInt32(at + 28, true),
        italic: view.getUint8(at + 32) !== 0,
        charset: view.getUint8(at + 35),
        face,
      };
      return { index, object: font };
    }
    default:
      return null;
  }
}
