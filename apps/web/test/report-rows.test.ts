import { describe, expect, it } from 'vitest';
import { gapPoints, nextSort, rowsForLevel, sortRows } from '../src/pages/reports/report-rows';
import { schoolYearChoices, schoolYearOf } from '../src/pages/reports/report-search';
import { districtReport, figureOf } from './report-fixtures';

describe('report rows', () => {
  it('computes the gap in percentage points, or none without a target or a programme', () => {
    expect(gapPoints(figureOf(47, 1000, 0.07, 'below'))).toBeCloseTo(-2.3);
    expect(gapPoints(figureOf(47, 1000, null, 'no_target'))).toBeNull();
    expect(gapPoints(figureOf(0, 0, 0.07, 'below'))).toBeNull();
  });

  it('takes each row’s figure of the chosen level and drops rows without it', () => {
    const rows = districtReport().rows;
    expect(rowsForLevel(rows, undefined)).toHaveLength(4);
    const upper = rowsForLevel(rows, 'upper_secondary');
    expect(upper.map((row) => row.name)).toEqual(['Trường THPT Tuyên Hoá']);
    const primary = rowsForLevel(rows, 'primary');
    expect(primary.find((row) => row.name.includes('Lâm Hoá'))?.figure.online).toBe(30);
  });

  it('sorts missing numbers below real ones and flips on a second click', () => {
    const rows = rowsForLevel(districtReport().rows, undefined).map((row, index) =>
      index === 0 ? { ...row, gap: null } : row,
    );
    const sorted = sortRows(rows, { column: 'gap', direction: 'asc' });
    expect(sorted[0]?.gap).toBeNull();
    expect(nextSort({ column: 'gap', direction: 'asc' }, 'gap')).toEqual({
      column: 'gap',
      direction: 'desc',
    });
    expect(nextSort({ column: 'gap', direction: 'desc' }, 'share')).toEqual({
      column: 'share',
      direction: 'asc',
    });
  });

  it('knows the school year of a date', () => {
    expect(schoolYearOf(new Date(2027, 0, 15))).toBe('2026-2027');
    expect(schoolYearOf(new Date(2026, 8, 5))).toBe('2026-2027');
    expect(schoolYearChoices(new Date(2027, 0, 15), '2020-2021')).toEqual([
      '2026-2027',
      '2025-2026',
      '2024-2025',
      '2023-2024',
      '2020-2021',
    ]);
  });
});
