/** A test-side Windows Metafile writer: the records MathType's equation previews use. */
interface WmfText {
  x: number;
  y: number;
  text: string;
  font?: string;
  charset?: number;
  italic?: boolean;
}

function record(fn: number, params: number[] = []): Buffer {
  const body = Buffer.alloc(params.length * 2);
  for (const [i, value] of params.entries()) body.writeInt16LE(value, i * 2);
  const head = Buffer.alloc(6);
  head.writeUInt32LE(3 + params.length, 0);
  head.writeUInt16LE(fn, 4);
  return Buffer.concat([head, body]);
}

function rawRecord(fn: number, body: Buffer): Buffer {
  const padded = body.length % 2 ? Buffer.concat([body, Buffer.alloc(1)]) : body;
  const head = Buffer.alloc(6);
  head.writeUInt32LE(3 + padded.length / 2, 0);
  head.writeUInt16LE(fn, 4);
  return Buffer.concat([head, padded]);
}

function font(face: string, height: number, italic: boolean, charset: number): Buffer {
  const body = Buffer.alloc(50);
  body.writeInt16LE(-height, 0);
  body.writeInt16LE(400, 8);
  body.writeUInt8(italic ? 1 : 0, 10);
  body.writeUInt8(charset, 13);
  body.write(face, 18, 'latin1');
  return rawRecord(0x02fb, body);
}

function extTextOut(x: number, y: number, bytes: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeInt16LE(y, 0);
  head.writeInt16LE(x, 2);
  head.writeInt16LE(bytes.length, 4);
  const padded = bytes.length % 2 ? Buffer.concat([bytes, Buffer.alloc(1)]) : bytes;
  const dx = Buffer.alloc(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) dx.writeInt16LE(120, i * 2);
  return rawRecord(0x0a32, Buffer.concat([head, padded, dx]));
}

/** A fraction bar from (x1, y) to (x2, y). */
export type FractionBar = [x1: number, x2: number, y: number];

/** A preview of `width` × `height` logical units: the texts, and the fraction bar if any. */
type PreviewWriter = (width: number, height: number, texts: WmfText[], bar?: FractionBar) => Buffer;

/** A placeable WMF (1440 units an inch). */
export const previewWmf: PreviewWriter = (width, height, texts, bar) => {
  const placeable = Buffer.alloc(22);
  placeable.writeUInt32LE(0x9ac6cdd7, 0);
  placeable.writeInt16LE(width, 10);
  placeable.writeInt16LE(height, 12);
  placeable.writeUInt16LE(1440, 14);
  const records: Buffer[] = [
    record(0x0103, [8]), // SetMapMode anisotropic
    record(0x020b, [0, 0]), // SetWindowOrg
    record(0x020c, [height, width]), // SetWindowExt
    record(0x012e, [24]), // SetTextAlign baseline
    rawRecord(0x0209, Buffer.from([0, 0, 0, 0])), // SetTextColor black
  ];
  let objects = 0;
  for (const item of texts) {
    records.push(font(item.font ?? 'Times New Roman', 240, item.italic ?? false, item.charset ?? 0));
    records.push(record(0x012d, [objects]));
    records.push(extTextOut(item.x, item.y, Buffer.from(item.text, 'latin1')));
    records.push(record(0x01f0, [objects]));
    objects = 0;
  }
  if (bar) {
    const pen = Buffer.alloc(10);
    pen.writeInt16LE(1, 2);
    records.push(rawRecord(0x02fa, pen), record(0x012d, [0]));
    records.push(record(0x0214, [bar[2], bar[0]]), record(0x0213, [bar[2], bar[1]]));
  }
  records.push(record(0x0000));
  const body = Buffer.concat(records);
  const header = Buffer.alloc(18);
  header.writeUInt16LE(1, 0);
  header.writeUInt16LE(9, 2);
  header.writeUInt16LE(0x0300, 4);
  header.writeUInt32LE((18 + body.length) / 2, 6);
  header.writeUInt16LE(2, 10);
  return Buffer.concat([placeable, header, body]);
};

function emfRecord(type: number, body: Buffer): Buffer {
  const padded = body.length % 4 ? Buffer.concat([body, Buffer.alloc(4 - (body.length % 4))]) : body;
  const head = Buffer.alloc(8);
  head.writeUInt32LE(type, 0);
  head.writeUInt32LE(8 + padded.length, 4);
  return Buffer.concat([head, padded]);
}

const int32s = (...values: number[]): Buffer => {
  const out = Buffer.alloc(values.length * 4);
  for (const [i, value] of values.entries()) out.writeInt32LE(value, i * 4);
  return out;
};

/** An EMF (logical units = window) with UTF-16 texts; with the fraction bar, a filled path too. */
export const previewEmf: PreviewWriter = (width, height, texts, bar) => {
  const header = Buffer.alloc(80);
  int32s(0, 0, width, height).copy(header, 0); // bounds
  int32s(0, 0, 1000, 800).copy(header, 16); // frame: 10 mm x 8 mm
  header.writeUInt32LE(0x464d4520, 32);
  header.writeUInt32LE(0x10000, 36);
  const records: Buffer[] = [
    emfRecord(9, int32s(width, height)), // SetWindowExtEx
    emfRecord(10, int32s(0, 0)), // SetWindowOrgEx
    emfRecord(22, int32s(24)), // SetTextAlign baseline
  ];
  for (const [index, item] of texts.entries()) {
    const logfont = Buffer.alloc(92);
    logfont.writeInt32LE(-240, 0);
    logfont.writeInt32LE(400, 16);
    logfont.writeUInt8(item.italic ? 1 : 0, 20);
    logfont.writeUInt8(item.charset ?? 0, 23);
    logfont.write(item.font ?? 'Times New Roman', 28, 'utf16le');
    records.push(emfRecord(82, Buffer.concat([int32s(index + 1), logfont])));
    records.push(emfRecord(37, int32s(index + 1)));
    const text = Buffer.from(item.text, 'utf16le');
    const fixed = Buffer.alloc(68);
    int32s(0, 0, width, height, 1).copy(fixed, 0); // bounds, graphics mode
    int32s(item.x, item.y, item.text.length, 76, 0, 0, 0, 0, 0, 76 + text.length + (text.length % 4)).copy(
      fixed,
      28,
    );
    const dx = int32s(...[...item.text].map(() => 120));
    records.push(emfRecord(84, Buffer.concat([fixed, text, Buffer.alloc(text.length % 4), dx])));
  }
  if (bar) {
    records.push(emfRecord(38, int32s(9, 0, 20, 0, 0)), emfRecord(37, int32s(9)));
    const points = Buffer.alloc(8);
    points.writeInt16LE(bar[0], 0);
    points.writeInt16LE(bar[2], 2);
    points.writeInt16LE(bar[1], 4);
    points.writeInt16LE(bar[2], 6);
    records.push(emfRecord(87, Buffer.concat([int32s(0, 0, 0, 0, 2), points])));
    records.push(
      emfRecord(59, Buffer.alloc(0)),
      emfRecord(27, int32s(10, 10)),
      emfRecord(54, int32s(30, 10)),
    );
    records.push(emfRecord(60, Buffer.alloc(0)), emfRecord(62, int32s(0, 0, 0, 0)));
  }
  records.push(emfRecord(14, int32s(0, 16, 20)));
  return Buffer.concat([emfRecord(1, header), ...records]);
};
