import { describe, expect, it } from 'vitest';
import { exportMatrix, type MatrixKey, matrixTotals } from '../src/index.js';
import { MATRIX } from './paper-fixtures.js';
import { documentXml, paragraphs, rowText, tables } from './paper-package.js';

const LEVELS = ['biet', 'hieu', 'van_dung'] as const;

describe('matrixTotals', () => {
  it('adds rows and columns up, splits points by column share, and the percentages make 100', () => {
    const totals = matrixTotals(MATRIX);
    expect(totals.rows.map((row) => row.levels)).toEqual([
      { biet: 4, hieu: 1, van_dung: 0 },
      { biet: 1, hieu: 2, van_dung: 1 },
      { biet: 0, hieu: 1, van_dung: 1 },
    ]);
    expect(totals.rows.map((row) => row.points)).toEqual([1.25, 1, 1.25]);
    expect(totals.levels).toEqual({ biet: 5, hieu: 4, van_dung: 2 });
    expect(totals.count).toBe(11);
    expect(totals.points.total).toBe(3.5);
    expect(totals.points.levels).toEqual({ biet: 1.25, hieu: 1, van_dung: 1.25 });
    // The same totals, added up the other way.
    for (const key of totals.keys) {
      expect(totals.columns[key]).toBe(MATRIX.rows.reduce((sum, row) => sum + (row.cells[key] ?? 0), 0));
    }
    const byRows = totals.rows.reduce((sum, row) => sum + row.count, 0);
    const byColumns = totals.keys.reduce((sum, key) => sum + totals.columns[key as MatrixKey], 0);
    expect(byRows).toBe(11);
    expect(byColumns).toBe(11);
    expect(totals.rows.reduce((sum, row) => sum + row.points, 0)).toBeCloseTo(3.5, 10);
    expect(totals.rows.reduce((sum, row) => sum + row.percent, 0)).toBeCloseTo(100, 10);
    expect(LEVELS.reduce((sum, level) => sum + totals.percent.levels[level], 0)).toBeCloseTo(100, 10);
  });
});

describe('exportMatrix', () => {
  it('writes the 7991 matrix on landscape A4: heads, topic rows with their totals, count, points and % rows', async () => {
    const document = await documentXml(await exportMatrix(MATRIX));
    expect(document).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const matrix = tables(document)[1] ?? [];
    const levels = ['Biết', 'Hiểu', 'Vận dụng'];
    expect(matrix.slice(0, 3)).toEqual([
      ['TT', 'Chủ đề/Chương', 'Nội dung/đơn vị kiến thức', 'Mức độ đánh giá', 'Tổng', 'Tỉ lệ % điểm'],
      ['', '', '', 'Nhiều lựa chọn', 'Đúng – Sai', 'Trả lời ngắn', 'Tự luận', ...levels, ''],
      ['', '', '', ...levels, ...levels, ...levels, ...levels, '', '', '', ''],
    ]);
    expect(matrix.slice(3, 6).map(rowText)).toEqual([
      '1 | Mệnh đề và tập hợp | Mệnh đề | 2 | 1 |  | 2 |  |  |  |  |  |  |  |  | 4 | 1 |  | 35,71',
      ' |  | Tập hợp | 1 |  |  |  | 2 |  |  |  | 1 |  |  |  | 1 | 2 | 1 | 28,57',
      '2 | Bất phương trình bậc nhất hai ẩn |  |  | 1 |  |  |  |  |  |  |  |  |  | 1 |  | 1 | 1 | 35,71',
    ]);
    expect(matrix.slice(6).map(rowText)).toEqual([
      'Tổng số câu | 3 | 2 | 0 | 2 | 2 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 5 | 4 | 2 | 11',
      'Tổng số điểm | 0,75 | 0,5 | 0 | 0,5 | 0,5 | 0 | 0 | 0 | 0,25 | 0 | 0 | 1 | 1,25 | 1 | 1,25 | 3,5',
      'Tỉ lệ % | 21,43 | 14,29 | 0 | 14,29 | 14,29 | 0 | 0 | 0 | 7,14 | 0 | 0 | 28,57 | 35,71 | 28,57 | 35,71 | 100',
    ]);
  });

  it('fills every row of each table to the grid (spans included)', async () => {
    const document = await documentXml(await exportMatrix(MATRIX));
    for (const table of document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []) {
      const columns = table.match(/<w:gridCol /g)?.length ?? 0;
      for (const row of table.match(/<w:tr>.*?<\/w:tr>/g) ?? []) {
        const cells = row.match(/<w:tc>/g)?.length ?? 0;
        const extra = [...row.matchAll(/<w:gridSpan w:val="(\d+)"\/>/g)].reduce(
          (sum, m) => sum + Number(m[1]) - 1,
          0,
        );
        expect(cells + extra).toBe(columns);
      }
    }
  });

  it('follows with the specification on a new page: outcomes and question counts per topic and level', async () => {
    const document = await documentXml(await exportMatrix(MATRIX));
    const text = paragraphs(document);
    expect(text.filter(Boolean)).toEqual([
      'MA TRẬN ĐỀ KIỂM TRA GIỮA KÌ I',
      'BẢN ĐẶC TẢ ĐỀ KIỂM TRA GIỮA KÌ I',
    ]);
    // The page break is the paragraph right before the specification's title.
    expect(document).toMatch(/<w:br w:type="page"\/><\/w:r><\/w:p><w:p>(?:(?!<\/w:p>).)*BẢN ĐẶC TẢ/);
    const specification = tables(document)[2] ?? [];
    expect(specification.slice(0, 2).map(rowText)).toEqual([
      'TT | Chủ đề/Chương | Nội dung/đơn vị kiến thức | Mức độ | Yêu cầu cần đạt | Số câu hỏi | Câu hỏi',
      ' |  |  |  |  | Nhiều lựa chọn | Đúng – Sai | Trả lời ngắn | Tự luận | ',
    ]);
    expect(specification.slice(2).map(rowText)).toEqual([
      '1 | Mệnh đề và tập hợp | Mệnh đề | Biết | - Nhận biết mệnh đề, mệnh đề phủ định. | 2 | 2 |  |  | Câu 1, 2; Câu 13a, 13b',
      ' |  |  | Hiểu | - Xác định tính đúng sai của mệnh đề. | 1 |  |  |  | Câu 3',
      ' |  | Tập hợp | Biết |  | 1 |  |  |  | ',
      ' |  |  | Hiểu |  |  | 2 |  |  | ',
      ' |  |  | Vận dụng | - Giải bài toán thực tế về tập hợp. |  |  | 1 |  | Câu 14',
      '2 | Bất phương trình bậc nhất hai ẩn |  | Hiểu |  | 1 |  |  |  | ',
      ' |  |  | Vận dụng |  |  |  |  | 1 | ',
    ]);
  });
});
