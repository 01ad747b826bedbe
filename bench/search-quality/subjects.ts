import { readFileSync } from 'node:fs';
import type { VocabularySubject } from '@hoclieu/search';

/** The curriculum's subjects (code and name) from the CSV the database is seeded from. */
export function curriculumSubjects(): VocabularySubject[] {
  const url = new URL('../../packages/db/data/curriculum-gdpt2018-periods.csv', import.meta.url);
  const [header = '', ...lines] = readFileSync(url, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const code = columns.indexOf('subject_code');
  const name = columns.indexOf('subject_name');
  const subjects = new Map<string, string>();
  for (const line of lines) {
    const cells = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((cell) => cell.replace(/^"|"$/g, ''));
    subjects.set(cells[code] ?? '', cells[name] ?? '');
  }
  return [...subjects].map(([c, n]) => ({ code: c, name: n }));
}
