import type { ImportedImage, ImportedQuestion, QuestionOption } from '@hoclieu/contracts';
import { problem } from '../problems.js';
import type { MoodleAnswer } from './moodle-answers.js';
import { richField } from './moodle-fields.js';
import { choiceGradeProblems, invalidGrades, moodleGrade, percentText } from './moodle-grades.js';

const LABELS = 'ABCDEFGH';
type Images = Map<string, ImportedImage>;

/**
 * A Moodle multichoice as options with credits. Single answer: the first 100 % answer is the key,
 * every other non-zero grade stays as that option's credit (a second 100 % answer too). Multiple
 * answers: positive grades are the correct options, every non-zero grade (negative ones too) is
 * kept as credit. Grades Moodle refuses, a single answer without 100 % and multiple answers whose
 * positive grades do not add up to 100 % are error problems, never corrected.
 */
export function readChoices(q: ImportedQuestion, answers: MoodleAnswer[], single: boolean): void {
  const kept = answers.filter((a) => a.html.trim() !== '');
  q.type = single ? 'single_choice' : 'multiple_select';
  const refused = invalidGrades(
    kept.map((a) => a.percent),
    q.number,
  );
  const grades = kept.map((a) => moodleGrade(a.percent) ?? Math.max(-1, Math.min(1, a.percent / 100 || 0)));
  if (kept.length > LABELS.length) {
    q.problems.push(problem('TOO_MANY_OPTIONS', q.number, 'error', `${kept.length} phương án`));
  }
  let keyed = false;
  q.options = kept.slice(0, LABELS.length).map((answer, i) => {
    const grade = grades[i] ?? 0;
    const option: QuestionOption = {
      label: LABELS[i] as QuestionOption['label'],
      html: answer.html,
      correct: false,
    };
    if (single && grade === 1 && !keyed) {
      option.correct = keyed = true;
    } else {
      option.correct = !single && grade > 0;
      if (grade !== 0) option.credit = grade;
    }
    if (answer.feedback) option.feedback = answer.feedback;
    return option;
  });
  q.problems.push(...(refused.length ? refused : choiceGradeProblems(single, grades, q.number)));
}

/** Moodle truefalse: the answers "true"/"false" (else true first, as Moodle reads old files). */
export function readTrueFalse(q: ImportedQuestion, answers: MoodleAnswer[]): void {
  const byText = (text: string, index: number) => answers.find((a) => a.text === text) ?? answers[index];
  const yes = byText('true', 0);
  const no = byText('false', 1);
  const isTrue = yes !== undefined && Math.abs(yes.percent - 100) < 0.001;
  q.type = 'single_choice';
  q.metadata.sourceType = 'truefalse';
  q.options = [
    { label: 'A', html: 'Đúng', correct: isTrue, ...(yes?.feedback ? { feedback: yes.feedback } : {}) },
    { label: 'B', html: 'Sai', correct: !isTrue, ...(no?.feedback ? { feedback: no.feedback } : {}) },
  ];
}

/** A single choice written as Moodle truefalse: from a truefalse, or plainly "Đúng" / "Sai". */
export function isTrueFalse(q: ImportedQuestion): boolean {
  const [yes, no, ...rest] = q.options;
  return (
    q.type === 'single_choice' &&
    rest.length === 0 &&
    yes?.html.trim() === 'Đúng' &&
    no?.html.trim() === 'Sai' &&
    yes.correct !== no.correct &&
    yes.credit === undefined &&
    no.credit === undefined
  );
}

export function writeTrueFalse(q: ImportedQuestion, images: Images): string[] {
  return q.options.map((option, i) =>
    answer(option.correct ? '100' : '0', i === 0 ? 'true' : 'false', option.feedback, images),
  );
}

/**
 * Options as multichoice answers. A multiple select without credits (graded by the test's rule)
 * is written as Moodle grades it proportionally: 100/n for each of the n correct options, -100/n
 * for each wrong one, and tagged so this package reads it back without credits.
 */
export function writeChoices(q: ImportedQuestion, images: Images): string[] {
  const single = q.type === 'single_choice';
  const credited = q.options.some((o) => o.credit !== undefined);
  const n = q.options.filter((o) => o.correct).length;
  const share = (o: QuestionOption): number => {
    if (credited) return o.credit ?? (o.correct ? 1 : 0);
    if (single) return o.correct ? 1 : 0;
    return n === 0 ? 0 : (o.correct ? 1 : -1) / n;
  };
  return [
    `<single>${single}</single>`,
    '<shuffleanswers>0</shuffleanswers>',
    '<answernumbering>ABCD</answernumbering>',
    ...q.options.map((o) => answer(percentText(share(o)), o.html, o.feedback, images)),
  ];
}

/** Tag marking a multiple select graded by the test's rule (written without credits). */
export const TEST_RULE_TAG = 'hoclieu:test-rule';

/** Drops the credits `writeChoices` wrote for a multiple select graded by the test's rule. */
export function dropTestRuleCredits(q: ImportedQuestion): void {
  const n = q.options.filter((o) => o.correct).length;
  const written = q.options.every((o) => {
    const expected = n === 0 ? 0 : (o.correct ? 1 : -1) / n;
    return Math.abs((o.credit ?? 0) - expected) < 0.00001;
  });
  if (q.type !== 'multiple_select' || !written) return;
  for (const option of q.options) delete option.credit;
  q.problems = q.problems.filter((p) => p.code !== 'CREDITS_NOT_FULL');
}

function answer(fraction: string, html: string, feedback: string | undefined, images: Images): string {
  const field = richField('answer', html, images, ` fraction="${fraction}"`);
  if (!feedback) return field;
  return field.replace(/<\/answer>$/, `${richField('feedback', feedback, images)}</answer>`);
}
