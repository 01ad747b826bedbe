/**
 * Native executables recognised by their first bytes, whatever their name: Windows PE/DOS (MZ),
 * ELF, Mach-O (thin and fat, which shares CAFEBABE with Java classes) and Android DEX.
 */
export function hasExecutableMagic(head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  return (
    starts(0x4d, 0x5a) ||
    starts(0x7f, 0x45, 0x4c, 0x46) ||
    starts(0xfe, 0xed, 0xfa, 0xce) ||
    starts(0xfe, 0xed, 0xfa, 0xcf) ||
    starts(0xce, 0xfa, 0xed, 0xfe) ||
    starts(0xcf, 0xfa, 0xed, 0xfe) ||
    starts(0xca, 0xfe, 0xba, 0xbe) ||
    starts(0x64, 0x65, 0x78, 0x0a)
  );
}
