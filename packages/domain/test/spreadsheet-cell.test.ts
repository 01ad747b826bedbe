import { describe, expect, it } from 'vitest';
import { spreadsheetCell, spreadsheetText } from '../src/index.js';

describe('spreadsheetText', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const text of [
      '=1+1',
      '+84 912',
      '-Lê Văn',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://x","y")',
      '-2+3',
    ])
      expect(spreadsheetText(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and plain negative numbers alone', () => {
    for (const text of ['Nguyễn Văn An', '', ' =1', '6A', '-2', '-0,5', '-12.75', "'=1"])
      expect(spreadsheetText(text)).toBe(text);
  });

  it('changes strings only', () => {
    const date = new Date('2027-01-01');
    expect([
      spreadsheetCell(-3),
      spreadsheetCell(date),
      spreadsheetCell(null),
      spreadsheetCell('=x'),
    ]).toEqual([-3, date, null, "'=x"]);
  });
});
