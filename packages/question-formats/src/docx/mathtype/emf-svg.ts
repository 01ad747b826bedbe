import { type Brush, emfObject, type GdiObject, type Pen, STOCK } from './emf-objects.js';
import { gdiColour, MAX_RECORDS, nullWhenUnreadable } from './metafile.js';
import { decodeEmfText, decodeWmfText, type Font, textElement } from './wmf-text.js';

/**
 * An Enhanced Metafile (the preview of some MathType equations) as a self-contained SVG: text
 * (ExtTextOutW/A with the selected font), lines, poly-lines, polygons, Béziers, rectangles and
 * paths. Bitmaps, clipping and world transforms are skipped. Null when the bytes are not an EMF.
 */
export const emfToSvg = nullWhenUnreadable(convert);

const SIGNATURE = 0x464d4520; // " EMF"

function convert(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 88 || view.getUint32(0, true) !== 1 || view.getUint32(40, true) !== SIGNATURE)
    return null;
  const i32 = (at: number) => view.getInt32(at, true);
  const colour = (at: number) => gdiColour(view, at);
  const bounds = { x: i32(8), y: i32(12), w: i32(16) - i32(8), h: i32(20) - i32(12) };
  const frame = { w: (i32(32) - i32(24)) / 100, h: (i32(36) - i32(28)) / 100 }; // millimetres
  let origin = { x: bounds.x, y: bounds.y };
  let extent = { x: bounds.w, y: bounds.h };
  const objects = new Map<number, GdiObject>();
  let font: Font | null = null;
  let pen: Pen = STOCK[7] as Pen;
  let brush: Brush = STOCK[0] as Brush;
  let textColour = '#000000';
  let align = 0;
  let cursor = { x: 0, y: 0 };
  let path: string | null = null;
  const out: string[] = [];
  const stroke = () => (pen.none ? 'none' : pen.color);
  const strokeWidth = () => (pen.width > 0 ? String(pen.width) : 'PIXEL');
  const fill = () => (brush.none ? 'none' : brush.color);
  const draw = (d: string, filled: boolean) => {
    if (path !== null) path += d;
    else
      out.push(
        `<path d="${d}" fill="${filled ? fill() : 'none'}" stroke="${stroke()}" stroke-width="${strokeWidth()}"/>`,
      );
  };
  const points16 = (at: number, count: number, end: number) => {
    const list: [number, number][] = [];
    for (let i = 0; i < count && at + i * 4 + 4 <= end; i++)
      list.push([view.getInt16(at + i * 4, true), view.getInt16(at + i * 4 + 2, true)]);
    return list;
  };
  const line = (list: [number, number][], from = 'M') =>
    list.map(([x, y], i) => `${i === 0 ? from : 'L'}${x} ${y}`).join('');

  let at = 0;
  for (let count = 0; at + 8 <= bytes.length && count < MAX_RECORDS; count++) {
    const type = view.getUint32(at, true);
    const size = view.getUint32(at + 4, true);
    if (size < 8 || size % 4 || at + size > bytes.length) break;
    const end = at + size;
    switch (type) {
      case 9:
        extent = { x: i32(at + 8), y: i32(at + 12) };
        break;
      case 10:
        origin = { x: i32(at + 8), y: i32(at + 12) };
        break;
      case 22:
        align = view.getUint32(at + 8, true);
        break;
      case 24:
        textColour = colour(at + 8);
        break;
      case 27:
        cursor = { x: i32(at + 8), y: i32(at + 12) };
        if (path !== null) path += `M${cursor.x} ${cursor.y}`;
        break;
      case 54: {
        const to = { x: i32(at + 8), y: i32(at + 12) };
        draw(`${path !== null ? '' : `M${cursor.x} ${cursor.y}`}L${to.x} ${to.y}`, false);
        cursor = to;
        break;
      }
      case 37: {
        const index = view.getUint32(at + 8, true);
        const object = index & 0x80000000 ? STOCK[index & 0x7fffffff] : objects.get(index);
        if (object?.kind === 'font') font = object;
        else if (object?.kind === 'pen') pen = object;
        else if (object?.kind === 'brush') brush = object;
        break;
      }
      case 38:
      case 95:
      case 39:
      case 82: {
        const created = emfObject(view, type, at, end);
        if (created) objects.set(created.index, created.object);
        break;
      }
      case 40:
        objects.delete(view.getUint32(at + 8, true));
        break;
      case 83:
      case 84: {
        const x = i32(at + 36);
        const y = i32(at + 40);
        const length = Math.min(view.getUint32(at + 44, true), 4096);
        const stringAt = at + view.getUint32(at + 48, true);
        const dxAt = at + view.getUint32(at + 72, true);
        const face = font?.face ?? '';
        const charset = font?.charset ?? 0;
        let text: string;
        if (type === 84) {
          const units: number[] = [];
          for (let i = 0; i < length && stringAt + i * 2 + 2 <= end; i++)
            units.push(view.getUint16(stringAt + i * 2, true));
          text = decodeEmfText(units, face, charset);
        } else
          text = decodeWmfText(bytes.subarray(stringAt, Math.min(stringAt + length, end)), face, charset);
        const dx: number[] = [];
        for (let i = 0; i < length && dxAt > at && dxAt + i * 4 + 4 <= end; i++) dx.push(i32(dxAt + i * 4));
        out.push(textElement(text, x, y, dx, font, textColour, align));
        break;
      }
      case 86:
      case 87: {
        const list = points16(at + 28, view.getUint32(at + 24, true), end);
        draw(`${line(list)}${type === 86 ? 'Z' : ''}`, type === 86);
        break;
      }
      case 85:
      case 88: {
        const list = points16(at + 28, view.getUint32(at + 24, true), end);
        const start = type === 85 ? list.shift() : undefined;
        let d = start ? `M${start[0]} ${start[1]}` : path !== null ? '' : `M${cursor.x} ${cursor.y}`;
        for (let i = 0; i + 2 < list.length; i += 3)
          d += `C${list
            .slice(i, i + 3)
            .map(([px, py]) => `${px} ${py}`)
            .join(' ')}`;
        draw(d, false);
        const last = list[list.length - 1];
        if (last) cursor = { x: last[0], y: last[1] };
        break;
      }
      case 89: {
        const list = points16(at + 28, view.getUint32(at + 24, true), end);
        draw(
          `${path !== null ? '' : `M${cursor.x} ${cursor.y}`}${list.map(([x, y]) => `L${x} ${y}`).join('')}`,
          false,
        );
        const last = list[list.length - 1];
        if (last) cursor = { x: last[0], y: last[1] };
        break;
      }
      case 91: {
        const polygons = Math.min(view.getUint32(at + 24, true), 1000);
        let pointAt = at + 32 + polygons * 4;
        let d = '';
        for (let i = 0; i < polygons && at + 32 + i * 4 + 4 <= end; i++) {
          const n = view.getUint32(at + 32 + i * 4, true);
          d += `${line(points16(pointAt, n, end))}Z`;
          pointAt += n * 4;
        }
        draw(d, true);
        break;
      }
      case 43: {
        const [left, top, right, bottom] = [i32(at + 8), i32(at + 12), i32(at + 16), i32(at + 20)];
        draw(`M${left} ${top}H${right}V${bottom}H${left}Z`, true);
        break;
      }
      case 59:
        path = '';
        break;
      case 62:
      case 63:
      case 64:
        if (path) {
          const filled = type !== 63 ? fill() : 'none';
          const stroked = type !== 62 ? stroke() : 'none';
          out.push(
            `<path d="${path}" fill="${filled}" stroke="${stroked}" stroke-width="${strokeWidth()}"/>`,
          );
        }
        path = null;
        break;
      case 61:
        path = null;
        break;
      case 14:
        at = bytes.length;
        continue;
      default:
        break;
    }
    at = end;
  }
  if (extent.x === 0 || extent.y === 0) return null;
  const width = frame.w > 0 ? ((frame.w / 25.4) * 96).toFixed(2) : String(Math.abs(extent.x));
  const height = frame.h > 0 ? ((frame.h / 25.4) * 96).toFixed(2) : String(Math.abs(extent.y));
  const pixel = (Math.abs(extent.x) / Math.max(1, Number(width))).toFixed(2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${origin.x} ${origin.y} ${extent.x} ${extent.y}">${out.join('').replaceAll('"PIXEL"', `"${pixel}"`)}</svg>`;
}
