import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflateBomb, docx, entityPrologs, sheetXml, xlsx } from '../security/hostile/files.js';
import { AppError } from '../src/http/errors.js';
import { readSpreadsheet } from '../src/modules/imports/spreadsheet.js';
import { onlineShareWorkbook } from '../src/modules/reports/workbook.js';
import { figureOf, oneSchoolReport } from './report-fixtures.js';

/** Regressions found by security/hostile-files.test.ts and security/formula-injection.test.ts. */

const refusal = (file: Buffer) =>
  readSpreadsheet(file).then(
    () => 'read',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe('reading an uploaded .xlsx', () => {
  const rows = [
    ['Mã trường', 'Tên lớp'],
    ['T1', '6A'],
  ];

  it('reads a plain sheet', async () => {
    expect(await readSpreadsheet(xlsx(sheetXml(rows)))).toEqual([
      { row: 1, cells: ['Mã trường', 'Tên lớp'] },
      { row: 2, cells: ['T1', '6A'] },
    ]);
  });

  it('refuses DOCTYPE and ENTITY declarations (ExcelJS accepted them)', async () => {
    for (const prolog of [
      entityPrologs.file,
      entityPrologs.laughs,
      entityPrologs.http('http://127.0.0.1:9/x'),
    ])
      expect(await refusal(xlsx(sheetXml([['&lol9;', '&xxe;']], prolog)))).toBe('IMPORT_FILE_UNREADABLE');
  });

  it('refuses zip bombs, traversal names and too many parts before ExcelJS inflates them', async () => {
    const bomb = deflateBomb(1024);
    const started = performance.now();
    expect(
      await refusal(xlsx({ name: 'xl/worksheets/sheet1.xml', deflated: bomb, declaredSize: 2048 })),
    ).toBe('IMPORT_FILE_UNREADABLE');
    expect(await refusal(xlsx({ name: 'xl/worksheets/sheet1.xml', deflated: bomb }))).toBe(
      'IMPORT_FILE_UNREADABLE',
    );
    // Inflating and parsing the 1 GB sheets would take minutes; a refusal takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await refusal(xlsx(sheetXml(rows), [{ name: '../../etc/x', data: Buffer.from('x') }]))).toBe(
      'IMPORT_FILE_UNREADABLE',
    );
    const many = Array.from({ length: 1_000 }, (_, i) => ({ name: `x/${i}.bin` }));
    expect(await refusal(xlsx(sheetXml(rows), many))).toBe('IMPORT_FILE_UNREADABLE');
    expect(await refusal(docx())).toBe('IMPORT_FILE_UNREADABLE');
  });
});

describe('the online-share workbook', () => {
  it('neutralises unit and school names a spreadsheet would run, tab and carriage return included', async () => {
    const report = oneSchoolReport({
      unitName: '=Phòng',
      schoolName: '\t=1+1',
      figure: figureOf(1, 2, null, 'no_target', '1 ÷ 2'),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await onlineShareWorkbook(report)).buffer);
    expect(book.getWorksheet('Theo trường')?.getRow(2).getCell(1).value).toBe("'\t=1+1");
    expect(book.getWorksheet('Thông tin')?.getRow(2).getCell(2).value).toBe("'=Phòng");
  });
});
