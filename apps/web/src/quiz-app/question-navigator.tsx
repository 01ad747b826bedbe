import type { PaperPart, PaperQuestion } from '@hoclieu/contracts';
import type { AnswerMap } from './answer-queue';
import { questionProgress } from './paper-items';
import { texts } from './texts';

/** Every question by number, grouped by part: done, partly done, not done, flagged; a tap jumps there. */
export function QuestionNavigator({
  questions,
  answers,
  flags,
  current,
  onJump,
}: {
  questions: PaperQuestion[];
  answers: AnswerMap;
  flags: string[];
  current: number | null;
  onJump: (index: number) => void;
}) {
  const parts: { part: PaperPart; entries: { question: PaperQuestion; index: number }[] }[] = [];
  questions.forEach((question, index) => {
    const last = parts.at(-1);
    if (last?.part === question.part) last.entries.push({ question, index });
    else parts.push({ part: question.part, entries: [{ question, index }] });
  });
  return (
    <div className="q-stack">
      {parts.map(({ part, entries }) => (
        <div key={`${part}-${entries[0]?.index}`} className="q-stack q-tight">
          <p className="q-strong q-small">{texts.parts[part]}</p>
          <div className="quiz-nav-grid">
            {entries.map(({ question, index }) => {
              const progress = questionProgress(question, answers);
              const flagged = flags.includes(question.key);
              const label = [texts.question(question.number), texts.navState[progress]]
                .concat(flagged ? [texts.navFlagged] : [])
                .join(', ');
              return (
                <button
                  type="button"
                  key={question.key}
                  className="quiz-nav-button"
                  data-progress={progress}
                  data-flagged={flagged || undefined}
                  aria-current={index === current ? 'step' : undefined}
                  aria-label={label}
                  onClick={() => onJump(index)}
                >
                  {question.number}
                </button>
              );
            })}
          </div>
        </div>
      ))}
      <div className="q-row q-wrap quiz-nav-legend" aria-hidden="true">
        {(['done', 'partial', 'empty'] as const).map((progress) => (
          <span key={progress} className="q-row q-tight">
            <span className="quiz-nav-swatch" data-progress={progress} />
            <span className="q-xsmall">{texts.legend[progress]}</span>
          </span>
        ))}
        <span className="q-row q-tight">
          <span className="quiz-nav-swatch" data-flagged />
          <span className="q-xsmall">{texts.legend.flagged}</span>
        </span>
      </div>
    </div>
  );
}
