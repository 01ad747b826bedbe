import fc from 'fast-check';
import { applyByteOps, type ByteOp, rawZip } from '../testing/index.js';
import { byteOps } from './byte-mutations.js';
import type { Entries } from './raw-zip.js';
import { applyXmlOps, type XmlOp, xmlOps } from './xml-mutations.js';

/** Mutations of a zip package's entries (removed, swapped, renamed, their XML or bytes changed), re-zipped. */

type ZipOp =
  | { op: 'remove'; entry: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'rename'; entry: number; name: string }
  | { op: 'duplicate'; entry: number }
  | { op: 'xml'; entry: number; ops: XmlOp[] }
  | { op: 'bytes'; entry: number; ops: ByteOp[] }
  | { op: 'add'; name: string; data: Uint8Array };

/** Hostile entry names next to the package's own (so a mutation can point one part at another). */
const ODD_NAMES = [
  '../../etc/x',
  '/etc/passwd',
  'word/../../x.xml',
  'C:\\x.xml',
  'a\u0000b',
  '',
  'word/',
  'word/media/../../../y',
];

function zipOps(partNames: string[], elementNames: string[]): fc.Arbitrary<ZipOp[]> {
  const name = fc.constantFrom(...partNames, ...ODD_NAMES);
  const op: fc.Arbitrary<ZipOp> = fc.oneof(
    {
      arbitrary: fc.record({ op: fc.constant('xml' as const), entry: fc.nat(), ops: xmlOps(elementNames) }),
      weight: 10,
    },
    { arbitrary: fc.record({ op: fc.constant('bytes' as const), entry: fc.nat(), ops: byteOps }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('remove' as const), entry: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('rename' as const), entry: fc.nat(), name }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('duplicate' as const), entry: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({ op: fc.constant('add' as const), name, data: fc.uint8Array({ maxLength: 64 }) }),
      weight: 1,
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 4 });
}

function applyZipOps(seed: Entries, ops: ZipOp[]): Entries {
  const entries: Entries = seed.map(([name, data]) => [name, data]);
  for (const op of ops) {
    if (op.op === 'add') {
      entries.push([op.name, Buffer.from(op.data)]);
      continue;
    }
    if (!entries.length) continue;
    const at = (n: number) => n % entries.length;
    const entry = entries[at('entry' in op ? op.entry : op.a)] as Entries[number];
    if (op.op === 'remove') entries.splice(at(op.entry), 1);
    else if (op.op === 'swap') {
      const other = entries[at(op.b)] as Entries[number];
      [entry[1], other[1]] = [other[1], entry[1]];
    } else if (op.op === 'rename') entry[0] = op.name;
    else if (op.op === 'duplicate') entries.push([entry[0], entry[1]]);
    else if (op.op === 'xml') entry[1] = Buffer.from(applyXmlOps(entry[1].toString('utf8'), op.ops), 'utf8');
    else if (op.op === 'bytes') entry[1] = applyByteOps(entry[1], op.ops);
  }
  return entries;
}

/** The zip of the mutated entries, some stored and some deflated, then optionally broken as bytes. */
export function zipMutation(
  seed: Entries,
  partNames: string[],
  elementNames: string[],
): fc.Arbitrary<Buffer> {
  return fc
    .tuple(
      zipOps(partNames, elementNames),
      fc.boolean(),
      // One zip in five is then broken as bytes (mostly its central directory); the rest stay readable.
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 4 },
        { arbitrary: fc.oneof(byteOps, centralDirectoryOps), weight: 1 },
      ),
    )
    .map(([ops, compress, broken]) => {
      const entries = applyZipOps(seed, ops).map(([name, data]) => ({ name, data, compress }));
      const bytes = rawZip(entries);
      return broken ? applyByteOps(bytes, broken) : bytes;
    });
}

/** Byte changes aimed at the end of the file, where the central directory and its end record sit. */
const centralDirectoryOps: fc.Arbitrary<ByteOp[]> = fc
  .array(
    fc.record({ op: fc.constant('set' as const), at: fc.integer({ min: 1, max: 400 }), value: fc.nat(255) }),
    { minLength: 1, maxLength: 8 },
  )
  .map((ops) => ops.map((op) => ({ ...op, at: -op.at })));
