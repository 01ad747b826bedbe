import type { CreditedAnswer, ImportedImage, ImportedQuestion, OutcomeFeedback } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';
import { problem, warning } from '../problems.js';
import type { MoodleAnswer } from './moodle-answers.js';
import { cdata, richField } from './moodle-fields.js';
import { invalidGrades, moodleGrade, percentText } from './moodle-grades.js';

const MAX_CREDITED = 20;

/**
 * Moodle shortanswer/numerical answers: the first 100 % answer and those sharing its tolerance
 * and feedback are `accepted`; other answers above 0 % are `credited`, each with its own credit,
 * tolerance and feedback. Answers at 0 % or below never accept: a `*` catch-all at 0 % gives its
 * feedback as `incorrect`, a `*` with credit is refused (at 100 % it would accept anything).
 * `spellings` gives back answers this package wrote as numbers ("0,5" written 0.5), by position.
 */
export function readShortAnswer(
  q: ImportedQuestion,
  answers: MoodleAnswer[],
  numerical: boolean,
  spellings: Map<number, string>,
): OutcomeFeedback {
  q.type = 'short_answer';
  q.problems.push(
    ...invalidGrades(
      answers.map((a) => a.percent),
      q.number,
    ),
  );
  const accepted: string[] = [];
  const credited: CreditedAnswer[] = [];
  const found: OutcomeFeedback = {};
  let tolerance: number | null = null;
  answers.forEach((a, index) => {
    const grade = moodleGrade(a.percent) ?? Math.max(-1, Math.min(1, a.percent / 100 || 0));
    if (a.text === '*') {
      if (grade > 0) {
        const detail =
          grade >= 1
            ? 'được 100 % điểm: mọi câu trả lời đều đúng'
            : `được ${percentText(grade)} % điểm; đã bỏ qua`;
        q.problems.push(problem('CATCH_ALL_ANSWER', q.number, grade >= 1 ? 'error' : 'warning', detail));
      } else if (a.feedback) found.incorrect ??= a.feedback;
      return;
    }
    const text = spellings.get(index) ?? (numerical ? a.text : a.text.replace(/\\\*/g, '*'));
    if (grade <= 0) {
      if (a.feedback) q.problems.push(warning('ANSWER_FEEDBACK_DROPPED', q.number, text));
      return;
    }
    if (!numerical && /(^|[^\\])\*/.test(a.text))
      q.problems.push(problem('WILDCARD_ANSWER', q.number, 'error', text));
    const ownTolerance = numerical && a.tolerance > 0 ? a.tolerance : null;
    const sameAsKey =
      accepted.length === 0 || (ownTolerance === tolerance && a.feedback === (found.correct ?? ''));
    if (grade === 1 && sameAsKey) {
      if (accepted.length === 0) {
        tolerance = ownTolerance;
        if (a.feedback) found.correct = a.feedback;
      }
      accepted.push(text);
      return;
    }
    credited.push({
      text,
      credit: grade,
      tolerance: ownTolerance,
      ...(a.feedback ? { feedback: a.feedback } : {}),
    });
  });
  if (credited.length > MAX_CREDITED) {
    q.problems.push(
      problem(
        'TOO_MANY_OPTIONS',
        q.number,
        'error',
        `${credited.length} đáp án có điểm riêng; tối đa ${MAX_CREDITED}`,
      ),
    );
  }
  q.answer = {
    accepted,
    tolerance,
    ...(credited.length ? { credited: credited.slice(0, MAX_CREDITED) } : {}),
  };
  return found;
}

/** Numerical when every answer is a number (commas allowed), else shortanswer. */
export function shortAnswerType(q: ImportedQuestion): 'numerical' | 'shortanswer' {
  const texts = [...(q.answer?.accepted ?? []), ...(q.answer?.credited ?? []).map((c) => c.text)];
  return texts.length > 0 && texts.every((t) => numericAnswer(t) !== null) ? 'numerical' : 'shortanswer';
}

/**
 * Answers as Moodle writes them: accepted at 100 % (with `feedback.correct`), credited with their
 * grade, `feedback.incorrect` on a `*` answer at 0 %. Numbers are written with a dot; `spellings`
 * receives tags giving back any other spelling ("0,5"). Shortanswer `*` is escaped as `\*`.
 */
export function writeShortAnswer(
  q: ImportedQuestion,
  images: Map<string, ImportedImage>,
  spellings: string[],
): string[] {
  const numerical = shortAnswerType(q) === 'numerical';
  const answer = q.answer ?? { accepted: [], tolerance: null };
  const rows = [
    ...answer.accepted.map((text) => ({
      text,
      credit: 1,
      tolerance: answer.tolerance,
      feedback: q.feedback?.correct,
    })),
    ...(answer.credited ?? []),
  ];
  const out = rows.map((row, index) => {
    let text = row.text.replace(/\*/g, '\\*');
    if (numerical) {
      text = String(numericAnswer(row.text));
      if (text !== row.text) spellings.push(`hoclieu:answer-${index + 1}=${row.text}`);
    }
    const tolerance = numerical ? `<tolerance>${row.tolerance ?? 0}</tolerance>` : '';
    return element(percentText(row.credit), text, tolerance, row.feedback, images);
  });
  if (q.feedback?.incorrect)
    out.push(element('0', '*', numerical ? '<tolerance>0</tolerance>' : '', q.feedback.incorrect, images));
  return out;
}

function element(
  fraction: string,
  text: string,
  tolerance: string,
  feedback: string | undefined,
  images: Map<string, ImportedImage>,
): string {
  const fb = feedback ? richField('feedback', feedback, images) : '';
  return `<answer fraction="${fraction}" format="moodle_auto_format">${cdata(text)}${tolerance}${fb}</answer>`;
}

/** `hoclieu:answer-N=spelling` tags as a map from answer position (0-based) to spelling. */
export function readSpellings(tags: string[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const tag of tags) {
    const match = /^hoclieu:answer-(\d+)=(.*)$/s.exec(tag);
    if (match) found.set(Number(match[1]) - 1, match[2] ?? '');
  }
  return found;
}
