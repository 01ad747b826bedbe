/**
 * Text written to an exported spreadsheet (.xlsx, .csv) that a spreadsheet program would run as a
 * formula, neutralised by the OWASP rule: a cell starting with =, +, -, @, tab or carriage return
 * gets a leading apostrophe, so "=HYPERLINK(...)" typed as a student's name stays text. A plain
 * negative number ("-2", "-0,5") is left alone: it is a value, not a formula.
 */
export function spreadsheetText(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || /^-\d+(?:[.,]\d+)?$/.test(text)) return text;
  return `'${text}`;
}

/** A cell value for a spreadsheet row: strings neutralised, numbers, dates and blanks as they are. */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === 'string' ? spreadsheetText(value) : value;
}
