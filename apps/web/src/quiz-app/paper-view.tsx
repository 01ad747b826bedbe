import type { PaperQuestion } from '@hoclieu/contracts';
import type { AnswerMap, StudentAnswer } from './answer-queue';
import { QuestionBlock } from './answers';
import type { QuizLayout } from './quiz-marks';
import { texts } from './texts';

/**
 * The paper: every question at once with a title at each new part, or the current one with steps to
 * the previous and next (and, on a phone, the way to the question list).
 */
export function PaperView({
  questions,
  layout,
  current,
  answers,
  flags,
  onAnswer,
  onToggleFlag,
  onJump,
  onOpenList,
}: {
  questions: PaperQuestion[];
  layout: QuizLayout;
  current: number;
  answers: AnswerMap;
  flags: string[];
  onAnswer: (key: string, answer: StudentAnswer | null) => void;
  onToggleFlag: (key: string) => void;
  onJump: (index: number) => void;
  onOpenList: () => void;
}) {
  const block = (question: PaperQuestion) => (
    <QuestionBlock
      key={question.key}
      question={question}
      answers={answers}
      flagged={flags.includes(question.key)}
      onAnswer={onAnswer}
      onToggleFlag={onToggleFlag}
    />
  );
  const partTitle = (question: PaperQuestion) => (
    <h2 className="q-part" key={`part-${question.key}`}>
      {texts.parts[question.part]}
    </h2>
  );
  if (layout === 'all')
    return (
      <div className="q-stack quiz-paper">
        {questions.flatMap((question, index) =>
          index === 0 || questions[index - 1]?.part !== question.part
            ? [partTitle(question), block(question)]
            : [block(question)],
        )}
      </div>
    );
  const shown = questions[current];
  if (!shown) return null;
  return (
    <div className="q-stack quiz-paper">
      {partTitle(shown)}
      {block(shown)}
      <div className="q-row q-between quiz-steps">
        <button type="button" className="q-btn" disabled={current === 0} onClick={() => onJump(current - 1)}>
          ‹ {texts.previous}
        </button>
        <button type="button" className="q-btn q-btn-subtle q-hidden-md" onClick={onOpenList}>
          {texts.position(current + 1, questions.length)}
        </button>
        <button
          type="button"
          className="q-btn"
          disabled={current >= questions.length - 1}
          onClick={() => onJump(current + 1)}
        >
          {texts.next} ›
        </button>
      </div>
    </div>
  );
}
