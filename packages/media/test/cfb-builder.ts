const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal OLE compound file (512-byte sectors): sector 0 holds the allocation table,
 * sector 1 the directory with a root entry and one empty stream per name. Enough for the
 * directory to tell a Word document from a PowerPoint file or an installer.
 */
export function buildCompoundFile(streamNames: readonly string[], rootClassIdHex = '00'.repeat(16)): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let index = 0; index < 109; index += 1) header.writeUInt32LE(index === 0 ? 0 : FREE, 0x4c + index * 4);

  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const directory = Buffer.alloc(512, 0);
  const entries = [{ name: 'Root Entry', type: 5 }, ...streamNames.map((name) => ({ name, type: 2 }))].slice(
    0,
    4,
  );
  for (const [index, entry] of entries.entries()) {
    const at = index * 128;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    name.copy(directory, at);
    directory.writeUInt16LE(name.byteLength, at + 0x40);
    directory[at + 0x42] = entry.type;
    directory.writeUInt32LE(FREE, at + 0x44);
    directory.writeUInt32LE(FREE, at + 0x48);
    directory.writeUInt32LE(entry.type === 5 && entries.length > 1 ? 1 : FREE, at + 0x4c);
    if (entry.type === 5) Buffer.from(rootClassIdHex, 'hex').copy(directory, at + 0x50);
    directory.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  }
  return Buffer.concat([header, fat, directory]);
}
