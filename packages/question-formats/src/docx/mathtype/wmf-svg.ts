import { gdiColour, MAX_RECORDS, nullWhenUnreadable } from './metafile.js';
import { decodeWmfText, type Font, textElement } from './wmf-text.js';

/**
 * A Windows Metafile (the preview picture of a MathType equation) as a self-contained SVG:
 * text (ExtTextOut/TextOut with the selected font), lines, polylines, polygons and rectangles.
 * Anything else (bitmaps, regions, clipping) is skipped. Null when the bytes are not a WMF.
 */
export const wmfToSvg = nullWhenUnreadable(convert);

const PLACEABLE = 0x9ac6cdd7;
const PIXEL = 'PIXEL';

type GdiObject =
  | Font
  | { kind: 'pen'; color: string; width: number; none: boolean }
  | { kind: 'brush'; color: string; none: boolean };

function convert(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let box: { x: number; y: number; w: number; h: number; inch: number } | null = null;
  if (bytes.length >= 22 && view.getUint32(0, true) === PLACEABLE) {
    const left = view.getInt16(6, true);
    const top = view.getInt16(8, true);
    box = {
      x: left,
      y: top,
      w: view.getInt16(10, true) - left,
      h: view.getInt16(12, true) - top,
      inch: view.getUint16(14, true) || 1440,
    };
    at = 22;
  }
  if (at + 18 > bytes.length || view.getUint16(at + 2, true) !== 9) return null;
  at += 18;

  const objects: (GdiObject | null)[] = [];
  let font: Font | null = null;
  let pen = { color: '#000000', width: 1, none: false };
  let brush = { color: '#000000', none: false };
  let textColour = '#000000';
  let align = 0;
  let origin = { x: box?.x ?? 0, y: box?.y ?? 0 };
  let extent = { x: box?.w ?? 0, y: box?.h ?? 0 };
  let cursor = { x: 0, y: 0 };
  const out: string[] = [];
  const add = (object: GdiObject): void => {
    const free = objects.indexOf(null);
    if (free >= 0) objects[free] = object;
    else objects.push(object);
  };
  const stroke = () => (pen.none ? 'none' : pen.color);
  // A zero-width (cosmetic) pen draws one device pixel: its width is set once the scale is known.
  const strokeWidth = () => (pen.width > 0 ? String(pen.width) : PIXEL);

  for (let count = 0; at + 6 <= bytes.length && count < MAX_RECORDS; count++) {
    const size = view.getUint32(at, true) * 2;
    const fn = view.getUint16(at + 4, true);
    if (fn === 0 || size < 6 || at + size > bytes.length) break;
    const p = at + 6;
    const i16 = (index: number) => view.getInt16(p + index * 2, true);
    switch (fn) {
      case 0x020b:
        origin = { x: i16(1), y: i16(0) };
        break;
      case 0x020c:
        extent = { x: i16(1), y: i16(0) };
        break;
      case 0x02fb: {
        let face = '';
        for (let i = 18; i < 50 && p + i < at + size; i++) {
          const byte = view.getUint8(p + i);
          if (byte === 0) break;
          face += String.fromCharCode(byte);
        }
        add({
          kind: 'font',
          height: Math.abs(i16(0)),
          weight: i16(4),
          italic: view.getUint8(p + 10) !== 0,
          charset: view.getUint8(p + 13),
          face,
        });
        break;
      }
      case 0x02fa:
        add({ kind: 'pen', none: (i16(0) & 0x0f) === 5, width: i16(1), color: gdiColour(view, p + 6) });
        break;
      case 0x02fc:
        add({ kind: 'brush', none: i16(0) === 1, color: gdiColour(view, p + 2) });
        break;
      case 0x012d: {
        const object = objects[view.getUint16(p, true)];
        if (object?.kind === 'font') font = object;
        else if (object?.kind === 'pen') pen = object;
        else if (object?.kind === 'brush') brush = object;
        break;
      }
      case 0x01f0:
        if (view.getUint16(p, true) < objects.length) objects[view.getUint16(p, true)] = null;
        break;
      case 0x0209:
        textColour = gdiColour(view, p);
        break;
      case 0x012e:
        align = view.getUint16(p, true);
        break;
      case 0x0214:
        cursor = { x: i16(1), y: i16(0) };
        break;
      case 0x0213: {
        const to = { x: i16(1), y: i16(0) };
        out.push(
          `<path d="M${cursor.x} ${cursor.y}L${to.x} ${to.y}" stroke="${stroke()}" stroke-width="${strokeWidth()}" fill="none"/>`,
        );
        cursor = to;
        break;
      }
      case 0x0324:
      case 0x0325: {
        const n = Math.min(i16(0), (size - 8) / 4);
        const points: string[] = [];
        for (let i = 0; i < n; i++) points.push(`${i16(1 + i * 2)},${i16(2 + i * 2)}`);
        const fill = fn === 0x0324 && !brush.none ? brush.color : 'none';
        const tag = fn === 0x0324 ? 'polygon' : 'polyline';
        out.push(
          `<${tag} points="${points.join(' ')}" fill="${fill}" stroke="${stroke()}" stroke-width="${strokeWidth()}"/>`,
        );
        break;
      }
      case 0x041b: {
        const [bottom, right, top, left] = [i16(0), i16(1), i16(2), i16(3)];
        out.push(
          `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="${brush.none ? 'none' : brush.color}" stroke="${stroke()}"/>`,
        );
        break;
      }
      case 0x0a32: {
        const y = i16(0);
        const x = i16(1);
        const length = Math.max(0, i16(2));
        const options = view.getUint16(p + 6, true);
        const start = p + 8 + (options & 0x06 ? 8 : 0);
        const end = Math.min(start + length, at + size);
        const text = decodeWmfText(bytes.subarray(start, end), font?.face ?? '', font?.charset ?? 0);
        const dxAt = start + length + (length % 2);
        const dx: number[] = [];
        for (let i = 0; i < length && dxAt + i * 2 + 2 <= at + size; i++)
          dx.push(view.getInt16(dxAt + i * 2, true));
        out.push(textElement(text, x, y, dx, font, textColour, align));
        break;
      }
      case 0x0521: {
        const length = Math.max(0, i16(0));
        const raw = bytes.subarray(p + 2, Math.min(p + 2 + length, at + size));
        const text = decodeWmfText(raw, font?.face ?? '', font?.charset ?? 0);
        const after = p + 2 + length + (length % 2);
        if (after + 4 > at + size) break;
        out.push(
          textElement(
            text,
            view.getInt16(after + 2, true),
            view.getInt16(after, true),
            [],
            font,
            textColour,
            align,
          ),
        );
        break;
      }
      default:
        break;
    }
    at += size;
  }
  if (extent.x === 0 || extent.y === 0) return null;
  const inch = box?.inch ?? 1440;
  const width = ((Math.abs(box?.w ?? extent.x) / inch) * 96).toFixed(2);
  const height = ((Math.abs(box?.h ?? extent.y) / inch) * 96).toFixed(2);
  const pixel = (Math.abs(extent.x) / Math.max(1, Number(width))).toFixed(2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${origin.x} ${origin.y} ${extent.x} ${extent.y}">${out.join('').replaceAll(`"${PIXEL}"`, `"${pixel}"`)}</svg>`;
}
