import { rawZip } from '@hoclieu/question-formats/testing';
import {
  deflateBomb,
  documentXml,
  docx,
  entityPrologs,
  qtiItem,
  qtiManifest,
  sheetXml,
  xlsx,
} from './files.js';

export type Route = 'questions' | 'students' | 'classes';

export interface Case {
  name: string;
  route: Route;
  fileName: string;
  file: () => Buffer;
  /** Acceptable codes (HTTP error code, or the file-level problem code of a question preview). */
  codes: string[];
}

const moodle = (prolog: string, text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<quiz><question type="essay"><name><text>Câu 1</text></name><questiontext><text>${text}</text></questiontext></question></quiz>`;
const passwdEntity = '&xxe;';

/** Every crafted file, aimed at the canary server and the school whose rows the user import reads. */
export function hostileCases(canaryUrl: string, schoolCode: string): Case[] {
  const http = entityPrologs.http(canaryUrl);
  const parameter = entityPrologs.parameter(canaryUrl);
  const studentRows = [
    ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'],
    [schoolCode, '2026-2027', '6A', 'hs.xxe', passwdEntity],
  ];
  const bomb = deflateBomb(1024, '<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>');
  return [
    // XML external entities and entity expansion, in every XML the importers read.
    ...(['file', 'http', 'parameter', 'laughs'] as const).flatMap((kind): Case[] => {
      const prolog = { file: entityPrologs.file, http, parameter, laughs: entityPrologs.laughs }[kind];
      const ref = kind === 'laughs' ? '&lol9;' : kind === 'parameter' ? 'x' : passwdEntity;
      return [
        {
          name: `Moodle XML, ${kind} entity`,
          route: 'questions',
          fileName: 'moodle.xml',
          file: () => Buffer.from(moodle(prolog, ref)),
          codes: ['XML_DOCTYPE'],
        },
        {
          name: `QTI item, ${kind} entity`,
          route: 'questions',
          fileName: 'item.xml',
          file: () => Buffer.from(qtiItem(prolog, ref)),
          codes: ['XML_DOCTYPE', 'UNKNOWN_FORMAT'],
        },
        {
          name: `.docx document.xml, ${kind} entity`,
          route: 'questions',
          fileName: 'de-thi.docx',
          file: () => docx([{ name: 'word/document.xml', data: Buffer.from(documentXml(prolog, ref)) }]),
          codes: ['XML_DOCTYPE'],
        },
        {
          name: `QTI package manifest, ${kind} entity`,
          route: 'questions',
          fileName: 'goi.zip',
          file: () =>
            rawZip([
              { name: 'imsmanifest.xml', data: Buffer.from(qtiManifest(['i1.xml'], prolog)) },
              { name: 'i1.xml', data: Buffer.from(qtiItem(prolog, ref)) },
            ]),
          codes: ['XML_DOCTYPE'],
        },
        {
          name: `.xlsx sheet, ${kind} entity`,
          route: 'students',
          fileName: 'hoc-sinh.xlsx',
          file: () =>
            xlsx(
              sheetXml(
                studentRows.map((r) => r.map((c) => (c === passwdEntity ? ref : c))),
                prolog,
              ),
            ),
          codes: ['IMPORT_FILE_UNREADABLE'],
        },
      ];
    }),
    // Zip bombs.
    {
      name: '.docx whose document.xml inflates to 1 GB (sizes declared)',
      route: 'questions',
      fileName: 'bom.docx',
      file: () => docx([{ name: 'word/document.xml', deflated: bomb }]),
      codes: ['UNSAFE_ZIP'],
    },
    {
      name: '.docx whose document.xml inflates to 1 GB (declares 2 KB)',
      route: 'questions',
      fileName: 'bom.docx',
      file: () => docx([{ name: 'word/document.xml', deflated: bomb, declaredSize: 2048 }]),
      codes: ['UNSAFE_ZIP'],
    },
    {
      name: 'QTI package with an item that inflates to 1 GB (declares 2 KB)',
      route: 'questions',
      fileName: 'goi.zip',
      file: () =>
        rawZip([
          { name: 'imsmanifest.xml', data: Buffer.from(qtiManifest(['i1.xml'])) },
          { name: 'i1.xml', deflated: bomb, declaredSize: 2048 },
        ]),
      codes: ['UNSAFE_ZIP'],
    },
    {
      name: '.xlsx whose sheet inflates to 1 GB (declares 2 KB)',
      route: 'classes',
      fileName: 'lop.xlsx',
      file: () => xlsx({ name: 'xl/worksheets/sheet1.xml', deflated: bomb, declaredSize: 2048 }),
      codes: ['IMPORT_FILE_UNREADABLE'],
    },
    {
      name: '.xlsx whose sheet inflates to 1 GB (sizes declared)',
      route: 'classes',
      fileName: 'lop.xlsx',
      file: () => xlsx({ name: 'xl/worksheets/sheet1.xml', deflated: bomb }),
      codes: ['IMPORT_FILE_UNREADABLE'],
    },
    {
      name: '.docx with 100,000 entries (larger than the upload limit)',
      route: 'questions',
      fileName: 'nhieu.docx',
      file: () => docx(Array.from({ length: 100_000 }, (_, i) => ({ name: `w/${i}` }))),
      codes: ['PAYLOAD_TOO_LARGE'],
    },
    {
      name: '.docx with 5,000 entries (within the upload limit)',
      route: 'questions',
      fileName: 'nhieu.docx',
      file: () => docx(Array.from({ length: 5_000 }, (_, i) => ({ name: `w/${i}` }))),
      codes: ['UNSAFE_ZIP'],
    },
    {
      name: '.xlsx with 5,000 entries',
      route: 'classes',
      fileName: 'lop.xlsx',
      file: () =>
        xlsx(
          sheetXml([['Mã trường']]),
          Array.from({ length: 5_000 }, (_, i) => ({ name: `x/${i}` })),
        ),
      codes: ['IMPORT_FILE_UNREADABLE'],
    },
    // Path traversal in entry names and references.
    ...['../../etc/x', '/etc/x', 'word/../../../etc/x', 'C:\\etc\\x', '..\\..\\etc\\x'].flatMap(
      (name): Case[] => [
        {
          name: `.docx with an entry named ${name}`,
          route: 'questions',
          fileName: 'de-thi.docx',
          file: () => docx([{ name, data: Buffer.from('x') }]),
          codes: ['UNSAFE_ZIP', 'NOT_A_DOCX'],
        },
        {
          name: `QTI package with an entry named ${name}`,
          route: 'questions',
          fileName: 'goi.zip',
          file: () =>
            rawZip([
              { name: 'imsmanifest.xml', data: Buffer.from(qtiManifest(['i1.xml'])) },
              { name: 'i1.xml', data: Buffer.from(qtiItem()) },
              { name, data: Buffer.from(qtiItem()) },
            ]),
          codes: ['UNSAFE_ZIP'],
        },
        {
          name: `.xlsx with an entry named ${name}`,
          route: 'classes',
          fileName: 'lop.xlsx',
          file: () => xlsx(sheetXml([['Mã trường']]), [{ name, data: Buffer.from('x') }]),
          codes: ['IMPORT_FILE_UNREADABLE'],
        },
      ],
    ),
    {
      name: 'QTI manifest pointing outside the package',
      route: 'questions',
      fileName: 'goi.zip',
      file: () =>
        rawZip([
          {
            name: 'imsmanifest.xml',
            data: Buffer.from(
              qtiManifest(['../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', canaryUrl]),
            ),
          },
        ]),
      codes: ['UNSAFE_HREF'],
    },
    // Oversized uploads (the test app's IMPORT_MAX_BYTES is 2 MB).
    {
      name: 'oversized GIFT file',
      route: 'questions',
      fileName: 'lon.gift',
      file: () => Buffer.alloc(3 * 1024 * 1024, 'Câu {=a ~b}\n\n'),
      codes: ['PAYLOAD_TOO_LARGE'],
    },
    {
      name: 'oversized .docx',
      route: 'questions',
      fileName: 'lon.docx',
      file: () => docx([{ name: 'word/media/big.png', data: Buffer.alloc(3 * 1024 * 1024, 7) }]),
      codes: ['PAYLOAD_TOO_LARGE'],
    },
    {
      name: 'oversized CSV',
      route: 'students',
      fileName: 'lon.csv',
      file: () => Buffer.alloc(3 * 1024 * 1024, 'a,b,c\r\n'),
      codes: ['PAYLOAD_TOO_LARGE'],
    },
    // Files that are not what their name says.
    ...[
      ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF')],
      ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
      ['an old .doc (OLE)', Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex')],
      ['an .xlsx', xlsx(sheetXml([['Câu 1']]))],
      ['plain text', Buffer.from('Câu 1. Thủ đô của Việt Nam là\nA. Huế\nB. Hà Nội')],
      ['an empty file', Buffer.alloc(0)],
    ].map(
      ([label, bytes]): Case => ({
        name: `${label} renamed .docx`,
        route: 'questions',
        fileName: 'de-thi.docx',
        file: () => bytes as Buffer,
        codes: ['NOT_A_DOCX', 'IMPORT_FILE_MISSING'],
      }),
    ),
    {
      name: 'a .docx renamed .xlsx',
      route: 'classes',
      fileName: 'lop.xlsx',
      file: () => docx(),
      codes: ['IMPORT_FILE_UNREADABLE'],
    },
    // Text that is not UTF-8 (TCVN3/VNI files from old Vietnamese software, truncated sequences).
    ...(
      [
        ['GIFT', 'cau-hoi.gift', 'questions', 'NOT_UTF8'],
        ['Aiken', 'cau-hoi.txt', 'questions', 'NOT_UTF8'],
        ['Moodle XML', 'moodle.xml', 'questions', 'NOT_UTF8'],
        ['CSV', 'hoc-sinh.csv', 'students', 'IMPORT_FILE_UNREADABLE'],
      ] as const
    ).flatMap(([label, fileName, route, code]) =>
      [
        ['a Windows-1258 byte', Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xd4, 0x69])],
        ['a truncated sequence', Buffer.from([0xe1, 0xbb])],
        ['an overlong NUL', Buffer.from([0xc0, 0x80])],
        ['a UTF-16 surrogate', Buffer.from([0xed, 0xa0, 0x80])],
      ].map(
        ([what, bad]): Case => ({
          name: `${label} with ${what}`,
          route,
          fileName,
          file: () => {
            const sample = {
              GIFT: 'Thủ đô là {=Hà Nội ~Huế}\n\nSông BAD {=Hồng ~Mã}',
              Aiken: 'Thủ đô là?\nA. Huế\nB. Hà Nội BAD\nANSWER: B',
              'Moodle XML': moodle('', 'Thủ đô BAD'),
              CSV: 'Mã trường,Năm học,Tên lớp,Tên đăng nhập,Họ và tên\r\nT1,2026-2027,6A,hs.utf,Lê BAD\r\n',
            }[label];
            const [head, tail] = sample.split('BAD');
            return Buffer.concat([Buffer.from(head ?? ''), bad as Buffer, Buffer.from(tail ?? '')]);
          },
          codes: [code],
        }),
      ),
    ),
  ];
}
