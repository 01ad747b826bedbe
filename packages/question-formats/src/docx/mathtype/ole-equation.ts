import CFB from 'cfb';
import { mtefToLatex } from './mtef-latex.js';
import { readMtef } from './mtef-reader.js';

export type EquationResult = { ok: true; latex: string } | { ok: false; reason: string };

/** An OLE equation object larger than this is not a formula. */
const MAX_OLE_BYTES = 4 * 1024 * 1024;
const MAX_MTEF_BYTES = 512 * 1024;

/**
 * The LaTeX of a MathType / Equation Editor 3.0 object (`word/embeddings/oleObjectN.bin`, an OLE
 * compound file): its "Equation Native" stream is a 28-byte header then MTEF data. Never throws.
 */
export function oleEquationLatex(bytes: Uint8Array): EquationResult {
  if (bytes.byteLength > MAX_OLE_BYTES) return { ok: false, reason: 'đối tượng quá lớn' };
  const stream = equationNative(bytes);
  if (!stream) return { ok: false, reason: 'không có dữ liệu công thức (Equation Native)' };
  const mtef = mtefBytes(stream);
  const equation = mtef ? readMtef(mtef) : null;
  if (!equation) return { ok: false, reason: 'dữ liệu công thức hỏng hoặc phiên bản MTEF không hỗ trợ' };
  const { latex, unsupported } = mtefToLatex(equation);
  if (unsupported.length) return { ok: false, reason: `chưa chuyển được: ${unsupported.join(', ')}` };
  if (!latex) return { ok: false, reason: 'công thức rỗng' };
  return { ok: true, latex };
}

function equationNative(bytes: Uint8Array): Uint8Array | null {
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
    });
    const entry = container.FileIndex.find((file) => file.type === 2 && /^equation native$/i.test(file.name));
    const content = entry?.content;
    if (!content || content.length === 0) return null;
    return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>);
  } catch {
    return null;
  }
}

/** The MTEF after the EQNOLEFILEHDR (header length, version, format, MTEF length, reserved). */
function mtefBytes(stream: Uint8Array): Uint8Array | null {
  if (stream.length < 28) return null;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const headerLength = view.getUint16(0, true);
  if (headerLength < 28 || headerLength >= stream.length) return null;
  const declared = view.getUint32(8, true);
  const available = stream.length - headerLength;
  const length = declared > 0 && declared <= available ? declared : available;
  if (length > MAX_MTEF_BYTES) return null;
  return stream.subarray(headerLength, headerLength + length);
}
