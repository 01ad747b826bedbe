import type { ImportProblem, QuestionContent, QuestionPartContent } from '@hoclieu/contracts';
import {
  multipleSelectCreditCodes,
  shortAnswerCreditCodes,
  singleChoiceCreditCodes,
} from './check-credits.js';
import { htmlText } from './html-text.js';
import { numericAnswer } from './numeric-answer.js';

/** Content rules a question must meet to be saved; messages are shown to the teacher as is. */
const MESSAGES = {
  EMPTY_STEM: 'Câu hỏi không có nội dung.',
  TOO_FEW_OPTIONS: 'Câu hỏi trắc nghiệm cần từ 2 đến 8 phương án.',
  EMPTY_OPTION: 'Có phương án để trống.',
  NO_CORRECT_ANSWER: 'Câu hỏi chưa có đáp án đúng.',
  MULTIPLE_CORRECT: 'Câu hỏi một lựa chọn nhưng có nhiều hơn một đáp án đúng.',
  STATEMENT_COUNT: 'Câu Đúng/Sai theo mẫu 2025 cần đủ 4 ý a), b), c), d).',
  NOT_NUMERIC: 'Đáp án trả lời ngắn phải là một số (ví dụ 0,5 hoặc -2).',
  EMPTY_GROUP: 'Câu hỏi chùm cần ít nhất một câu hỏi con.',
  UNEXPECTED_PARTS: 'Loại câu hỏi này không có phương án hoặc ý Đúng/Sai; chúng sẽ bị bỏ qua.',
  FULL_CREDIT_NOT_CORRECT: 'Phương án được 100 % điểm phải là đáp án đúng.',
  CORRECT_WITHOUT_FULL_CREDIT: 'Đáp án đúng của câu một lựa chọn phải được 100 % điểm.',
  CREDITS_NOT_WHOLE: 'Tổng tỷ lệ điểm của các phương án được cộng điểm phải bằng 100 %.',
  CORRECT_WITHOUT_CREDIT:
    'Đáp án đánh dấu đúng khác các phương án được cộng điểm (tỷ lệ điểm dương): đáp án in ra sẽ không khớp cách chấm.',
  CREDITED_NOT_NUMERIC: 'Đáp án được một phần điểm cũng phải là một số (ví dụ 0,5 hoặc -2).',
} as const;

/** Credit rules that are advice rather than refusals. */
const CREDIT_WARNINGS: ReadonlySet<Code> = new Set(['CORRECT_WITHOUT_CREDIT']);
const creditProblems = (codes: Code[], location: string | null) =>
  codes.map((code) => problem(code, location, CREDIT_WARNINGS.has(code) ? 'warning' : 'error'));

type Code = keyof typeof MESSAGES;

function problem(code: Code, location: string | null, severity: ImportProblem['severity'] = 'error') {
  return { severity, code, message: MESSAGES[code], location } satisfies ImportProblem;
}

function checkPart(part: QuestionPartContent, location: string | null): ImportProblem[] {
  const found: ImportProblem[] = [];
  if (!htmlText(part.stem)) found.push(problem('EMPTY_STEM', location));
  const correct = part.options.filter((o) => o.correct).length;
  switch (part.type) {
    case 'single_choice':
    case 'multiple_select':
      if (part.options.length < 2) found.push(problem('TOO_FEW_OPTIONS', location));
      if (part.options.some((o) => !htmlText(o.html))) found.push(problem('EMPTY_OPTION', location));
      if (correct === 0) found.push(problem('NO_CORRECT_ANSWER', location));
      if (part.type === 'single_choice' && correct > 1) found.push(problem('MULTIPLE_CORRECT', location));
      found.push(
        ...creditProblems(
          part.type === 'single_choice'
            ? singleChoiceCreditCodes(part.options)
            : multipleSelectCreditCodes(part.options),
          location,
        ),
      );
      break;
    case 'true_false_group':
      if (part.statements.length !== 4 || part.statements.some((s) => !htmlText(s.html)))
        found.push(problem('STATEMENT_COUNT', location));
      break;
    case 'short_answer': {
      const accepted = part.answer?.accepted ?? [];
      if (accepted.length === 0) found.push(problem('NO_CORRECT_ANSWER', location));
      else if (accepted.some((a) => numericAnswer(a) === null)) found.push(problem('NOT_NUMERIC', location));
      found.push(
        ...creditProblems(
          shortAnswerCreditCodes(part.answer, (a) => numericAnswer(a) !== null),
          location,
        ),
      );
      break;
    }
    default:
      if (part.options.length || part.statements.length)
        found.push(problem('UNEXPECTED_PARTS', location, 'warning'));
  }
  return found;
}

/** Every problem of a question's content; errors block saving, warnings are shown. */
export function checkQuestionContent(
  content: QuestionContent,
  location: string | null = null,
): ImportProblem[] {
  if (content.type !== 'group') return checkPart({ ...content, type: content.type }, location);
  const found: ImportProblem[] = [];
  if (!htmlText(content.stem)) found.push(problem('EMPTY_STEM', location));
  if (content.children.length === 0) found.push(problem('EMPTY_GROUP', location));
  content.children.forEach((child, i) => {
    found.push(...checkPart(child, `${location ? `${location}, ` : ''}câu con ${i + 1}`));
  });
  return found;
}

export const hasErrors = (problems: ImportProblem[]) => problems.some((p) => p.severity === 'error');
