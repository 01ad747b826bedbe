import { escapeXml } from '../../xml.js';

/** The 8-bit text of a WMF text record as Unicode, by the selected font. */

/** Symbol font codes 0x20–0xFF that differ from ASCII, as Unicode (Greek, operators, fence pieces). */
const SYMBOL_FONT: Record<number, string> = {
  34: '∀',
  36: '∃',
  39: '∋',
  42: '∗',
  45: '−',
  64: '≅',
  92: '∴',
  94: '⊥',
  96: '‾',
  126: '∼',
  162: '′',
  163: '≤',
  165: '∞',
  171: '↔',
  172: '←',
  173: '↑',
  174: '→',
  175: '↓',
  176: '°',
  177: '±',
  178: '″',
  179: '≥',
  180: '×',
  182: '∂',
  183: '•',
  184: '÷',
  185: '≠',
  186: '≡',
  187: '≈',
  188: '…',
  190: '⎯',
  198: '∅',
  199: '∩',
  200: '∪',
  201: '⊃',
  202: '⊇',
  203: '⊄',
  204: '⊂',
  205: '⊆',
  206: '∈',
  207: '∉',
  208: '∠',
  209: '∇',
  213: '∏',
  214: '√',
  215: '⋅',
  216: '¬',
  217: '∧',
  218: '∨',
  219: '⇔',
  220: '⇐',
  222: '⇒',
  225: '〈',
  229: '∑',
  230: '⎛',
  231: '⎜',
  232: '⎝',
  233: '⎡',
  234: '⎢',
  235: '⎣',
  236: '⎧',
  237: '⎨',
  238: '⎩',
  239: '⎪',
  241: '〉',
  242: '∫',
  243: '⌠',
  244: '⎮',
  245: '⌡',
  246: '⎞',
  247: '⎟',
  248: '⎠',
  249: '⎤',
  250: '⎥',
  251: '⎦',
  252: '⎫',
  253: '⎬',
  254: '⎭',
};
const GREEK_SMALL = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';
const GREEK_CAPITAL = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';

function symbolChar(byte: number): string {
  if (byte >= 0x61 && byte <= 0x7a) return GREEK_SMALL.charAt(byte - 0x61);
  if (byte >= 0x41 && byte <= 0x5a) return GREEK_CAPITAL.charAt(byte - 0x41);
  return SYMBOL_FONT[byte] ?? (byte < 0x80 ? String.fromCharCode(byte) : '');
}

/** MT Extra draws vector arrows as "uuur": shaft pieces then a head. Other glyphs are dropped. */
const MT_EXTRA: Record<number, string> = { 117: '─', 114: '→', 108: '←', 76: '…' };

/** Windows code pages by font charset (163 Vietnamese is common in Vietnamese papers). */
const CODE_PAGES: Record<number, string> = {
  0: 'windows-1252',
  161: 'windows-1253',
  162: 'windows-1254',
  163: 'windows-1258',
  177: 'windows-1255',
  178: 'windows-1256',
  186: 'windows-1257',
  204: 'windows-1251',
  238: 'windows-1250',
};

/** Symbol and MT Extra glyphs by their font codes (UTF-16 text puts them at F000 + code). */
function fontGlyphs(codes: number[], face: string, charset: number): string | null {
  const byte = (code: number) => (code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code);
  if (charset === 2 || /^symbol$/i.test(face)) return codes.map((c) => symbolChar(byte(c))).join('');
  if (/^mt extra/i.test(face)) return codes.map((c) => MT_EXTRA[byte(c)] ?? '').join('');
  return null;
}

/** The 8-bit text of a WMF record (or an EMF ExtTextOutA) by its font's charset. */
export function decodeWmfText(bytes: Uint8Array, face: string, charset: number): string {
  const glyphs = fontGlyphs([...bytes], face, charset);
  if (glyphs !== null) return glyphs;
  try {
    return new TextDecoder(CODE_PAGES[charset] ?? 'windows-1252').decode(bytes).normalize('NFC');
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/** The UTF-16 text of an EMF ExtTextOutW record. */
export function decodeEmfText(units: number[], face: string, charset: number): string {
  return fontGlyphs(units, face, charset) ?? String.fromCharCode(...units).normalize('NFC');
}

export interface Font {
  kind: 'font';
  height: number;
  weight: number;
  italic: boolean;
  charset: number;
  face: string;
}

/** A metafile text record as an SVG text element, each glyph at its own advance when given. */
export function textElement(
  text: string,
  x: number,
  y: number,
  dx: number[],
  font: Font | null,
  fill: string,
  align: number,
): string {
  if (!text.trim()) return '';
  const size = font?.height || 12;
  // TA_BASELINE (24) puts y on the baseline; TA_TOP (0) at the top of the cell.
  const baseline = (align & 0x18) === 0x18 ? y : (align & 0x08) === 0x08 ? y - size * 0.2 : y + size * 0.8;
  const anchor = (align & 0x06) === 0x06 ? 'middle' : align & 0x02 ? 'end' : 'start';
  let at = x;
  const xs =
    dx.length >= text.length && anchor === 'start'
      ? [...text]
          .map((_, i) => {
            const here = at;
            at += dx[i] ?? 0;
            return here;
          })
          .join(' ')
      : String(x);
  const family = /symbol|mt extra/i.test(font?.face ?? '')
    ? 'serif'
    : `${escapeXml(font?.face ?? 'serif')}, serif`;
  const style = font?.italic ? ' font-style="italic"' : '';
  const weight = (font?.weight ?? 400) >= 600 ? ' font-weight="bold"' : '';
  return `<text x="${xs}" y="${baseline}" font-family="${family}" font-size="${size}"${style}${weight} fill="${fill}" text-anchor="${anchor}" xml:space="preserve">${escapeXml(text)}</text>`;
}
