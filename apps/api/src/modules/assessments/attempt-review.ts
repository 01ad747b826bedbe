import type { AttemptResult, LabelledAnswer, OwnAnswer, QuestionContent } from '@hoclieu/contracts';
import { type StudentSees, scoringUnits } from '@hoclieu/domain';
import { answerOf } from '../../db-json.js';
import type { ItemResult, SavedAnswer } from './grading.js';
import type { VersionPaper } from './papers.js';
import { type ExamItemRow, itemContent } from './repository.js';

/** An attempt's stored answers by key, with any hand-given (essay) score. */
export function answersOf(attempt: {
  answers: { key: string; answer: unknown; manualScore: number | null }[];
}): Map<string, SavedAnswer> {
  return new Map(
    attempt.answers.map((row) => [row.key, { answer: answerOf(row), manualScore: row.manualScore }]),
  );
}

/** Original letter → the letter printed on the student's paper, for one question. */
type Letters = Map<string, string>;

/** The question as the student's paper showed it: options in its order, by its letters. */
function asPrinted(content: QuestionContent, letters: Letters | undefined): QuestionContent {
  if (!letters?.size) return content;
  const options = content.options
    .map((o) => ({ ...o, label: (letters.get(o.label) ?? o.label) as typeof o.label }))
    .sort((x, y) => x.label.localeCompare(y.label));
  return { ...content, options };
}

/** A stored answer (original letters) by the letters of the student's paper. */
function answerAsPrinted(answer: LabelledAnswer | null, letters: Letters | undefined): LabelledAnswer | null {
  if (!answer || !letters?.size) return answer;
  const printed = (label: string) => letters.get(label) ?? label;
  return {
    ...answer,
    ...(answer.choice !== undefined && { choice: printed(answer.choice) }),
    ...(answer.choices !== undefined && { choices: answer.choices.map(printed).sort() }),
  };
}

/**
 * One entry per graded unit in the student's paper order: a question, or each question of a
 * group with the group's shared text before its own. Numbers, options and the answer are as printed
 * on the student's paper (a B on mã đề 647 reads B, not the exam's original letter).
 */
export function reviewOf(
  exam: { items: ExamItemRow[]; subjectCode: string },
  paper: VersionPaper,
  results: Record<string, ItemResult>,
  answers: Map<string, SavedAnswer>,
): NonNullable<AttemptResult['review']> {
  const byKey = new Map(exam.items.map((i) => [i.key, i]));
  return paper.questions.flatMap((q) => {
    const item = byKey.get(q.key);
    if (!item) return [];
    const content = itemContent(item);
    return scoringUnits(item.key, content, item.points, exam.subjectCode).map((unit) => {
      const letters = paper.letters.get(unit.key);
      return {
        key: unit.key,
        number: content.type === 'group' ? `${q.number}.${unit.key.split('.')[1]}` : String(q.number),
        content: asPrinted(
          content.type === 'group'
            ? { ...unit.content, stem: `${content.stem}${unit.content.stem}`, children: [] }
            : content,
          letters,
        ),
        answer: answerAsPrinted(answers.get(unit.key)?.answer ?? null, letters),
        result: {
          key: unit.key,
          ...(results[unit.key] ?? { score: 0, max: unit.points, status: 'blank' as const }),
        },
      };
    });
  });
}

/**
 * A review with nothing of the key left: each question as asked (stem, options, statements) and the
 * student's own answer. No correct flag, accepted answer, solution, rubric or per-question mark.
 */
function withoutKeys(review: NonNullable<AttemptResult['review']>): OwnAnswer[] {
  return review.map(({ key, number, content, answer }) => ({
    key,
    number,
    type: content.type,
    stem: content.stem,
    options: content.options.map(({ label, html }) => ({ display: label, html })),
    statements: content.statements.map(({ label, html }) => ({ label, html })),
    answer,
  }));
}

/**
 * An attempt's result as its reader may see it: the teacher everything; the student what `sees`
 * allows (see @hoclieu/domain `studentSees`). The review is built only when some of it goes out.
 */
export function resultFor(
  a: {
    id: string;
    status: 'open' | 'submitted';
    submittedAt: Date | null;
    score: number | null;
    maxScore: number;
  },
  released: boolean,
  sees: StudentSees | 'teacher',
  review: () => NonNullable<AttemptResult['review']>,
): AttemptResult {
  const teacher = sees === 'teacher';
  const full = teacher || sees.keys ? review() : null;
  return {
    id: a.id,
    status: a.status,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    score: teacher || sees.score ? a.score : null,
    maxScore: a.maxScore,
    released,
    review: full,
    ownAnswers: !teacher && sees.ownAnswers ? withoutKeys(review()) : null,
    reviewHold:
      !teacher && sees.hold
        ? { reason: sees.hold.reason, until: sees.hold.until?.toISOString() ?? null }
        : null,
  };
}
