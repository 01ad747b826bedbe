import { Corrupt, type Reader } from './mtef-bytes.js';

/** Nibble-coded dimensions of EQN_PREFS: each ends with an F nibble. */
function dimensions(reader: Reader): void {
  const count = reader.u8();
  let seen = 0;
  while (seen < count) {
    const byte = reader.u8();
    if (byte >> 4 === 0xf) seen += 1;
    if (seen < count && (byte & 0xf) === 0xf) seen += 1;
  }
}

/** MTEF 5 definition records (colours, fonts, preferences, encodings): read past. */
export function definition(reader: Reader, tag: number, options: number): null {
  switch (tag) {
    case 15:
      reader.uint();
      return null;
    case 16:
      reader.skip(options & 0x01 ? 8 : 6);
      if (options & 0x04) reader.cstring();
      return null;
    case 17:
      reader.uint();
      reader.cstring();
      return null;
    case 18: {
      dimensions(reader);
      dimensions(reader);
      const styles = reader.u8();
      for (let i = 0; i < styles; i++) if (reader.u8() !== 0) reader.u8();
      return null;
    }
    case 19:
      reader.cstring();
      return null;
    default:
      throw new Corrupt();
  }
}
