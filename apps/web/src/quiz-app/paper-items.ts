import type { PaperQuestion } from '@hoclieu/contracts';
import type { AnswerMap, StudentAnswer } from './answer-queue';

/** Something the student answers: a question, or one child of a group ("3.1"). */
export type PaperItem = Omit<PaperQuestion, 'number' | 'part' | 'children'>;

/** What every answer input takes: its item, the answer so far, and where a change goes (null clears). */
export interface AnswerInputProps {
  item: PaperItem;
  value: StudentAnswer | undefined;
  onChange: (answer: StudentAnswer | null) => void;
  disabled: boolean;
}

/** The items answered under a question: itself, or each child of a group. */
export const itemsOf = (question: PaperQuestion): PaperItem[] =>
  question.type === 'group' ? question.children : [question];

export type Progress = 'done' | 'partial' | 'empty';

/** Done when fully answered; a Đúng/Sai question with some statements left is partial. */
function itemProgress(item: PaperItem, answer: StudentAnswer | undefined): Progress {
  if (!answer) return 'empty';
  if (item.type === 'true_false_group') {
    const given = Object.keys(answer.statements ?? {}).length;
    if (given === 0) return 'empty';
    return given >= item.statements.length ? 'done' : 'partial';
  }
  if (item.type === 'multiple_select') return (answer.choices?.length ?? 0) > 0 ? 'done' : 'empty';
  if (item.type === 'single_choice') return answer.choice ? 'done' : 'empty';
  return (answer.text ?? '').trim() !== '' ? 'done' : 'empty';
}

export function questionProgress(question: PaperQuestion, answers: AnswerMap): Progress {
  const states = itemsOf(question).map((item) => itemProgress(item, answers[item.key]));
  if (states.every((state) => state === 'done')) return 'done';
  return states.every((state) => state === 'empty') ? 'empty' : 'partial';
}

/** Items not fully answered, counted one per child for groups (what the submit dialog warns about). */
export const unansweredCount = (questions: PaperQuestion[], answers: AnswerMap) =>
  questions.flatMap(itemsOf).filter((item) => itemProgress(item, answers[item.key]) !== 'done').length;

/** An answer with nothing in it is sent as null (the item is cleared). */
export function normalizeAnswer(answer: StudentAnswer): StudentAnswer | null {
  if (answer.choice) return { choice: answer.choice };
  if (answer.choices) return answer.choices.length > 0 ? { choices: answer.choices } : null;
  if (answer.statements)
    return Object.keys(answer.statements).length > 0 ? { statements: answer.statements } : null;
  if (answer.text !== undefined) return answer.text !== '' ? { text: answer.text } : null;
  return null;
}
