/**
 * A short answer as a number: "0,5", "0.5", " -2 " and "−1,25" are read alike (Vietnamese papers
 * write the decimal comma; phones often offer only a point). Null when it is not a plain number.
 */
export function numericAnswer(text: string): number | null {
  const compact = text.trim().replace(/\s+/g, '').replace('−', '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return null;
  return Number(compact);
}
