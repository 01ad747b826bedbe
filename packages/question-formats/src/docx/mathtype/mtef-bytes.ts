/** A bounded little-endian cursor over MTEF bytes; running past the end is `Corrupt`. */
export class Corrupt extends Error {}

export class Reader {
  at: number;
  /** Records read so far, for the record budget. */
  records = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly version: number,
    start: number,
  ) {
    this.at = start;
  }
  u8(): number {
    if (this.at >= this.bytes.length) throw new Corrupt();
    return this.bytes[this.at++] ?? 0;
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  skip(count: number): void {
    if (this.at + count > this.bytes.length) throw new Corrupt();
    this.at += count;
  }
  cstring(): string {
    let text = '';
    for (let byte = this.u8(); byte !== 0; byte = this.u8()) text += String.fromCharCode(byte);
    return text;
  }
  /** MTEF 5 "unsigned integer": a byte, or 255 then 16 bits. */
  uint(): number {
    const first = this.u8();
    return first === 255 ? this.u16() : first;
  }
}
