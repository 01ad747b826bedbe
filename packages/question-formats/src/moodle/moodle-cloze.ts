import type { ImportedQuestion, QuestionStatement } from '@hoclieu/contracts';

/**
 * Đúng/Sai groups as Moodle Cloze (`multianswer`): one MULTICHOICE blank per statement, in a
 * paragraph marked with the statement's label. Other Cloze questions are not read.
 */
const STATEMENT = /<p data-statement="([a-d])">\1\) (.*?) \{1:MULTICHOICE:(=Đúng~Sai|Đúng~=Sai)\}<\/p>/gs;

export function clozeText(q: ImportedQuestion): string {
  const statements = q.statements.map(
    (s) =>
      `<p data-statement="${s.label}">${s.label}) ${s.html} {1:MULTICHOICE:${s.correct ? '=Đúng~Sai' : 'Đúng~=Sai'}}</p>`,
  );
  return `${q.stem}${statements.join('')}`;
}

/** Reads the layout `clozeText` writes into `q`; false for any other Cloze question. */
export function readCloze(q: ImportedQuestion): boolean {
  const statements = [...q.stem.matchAll(STATEMENT)];
  if (!statements.length) return false;
  q.type = 'true_false_group';
  q.stem = q.stem.slice(0, statements[0]?.index).trim();
  q.statements = statements.map((m) => ({
    label: m[1] as QuestionStatement['label'],
    html: m[2] ?? '',
    correct: m[3] === '=Đúng~Sai',
  }));
  return true;
}
