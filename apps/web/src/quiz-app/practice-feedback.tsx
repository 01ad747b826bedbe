import type { LabelledAnswer, PracticeFeedback } from '@hoclieu/contracts';
import { ServerHtml } from './answers';
import { practiceTexts as texts, vietnamTime } from './practice-texts';

/** The key in words: the correct letters, each statement's truth, the accepted answer. */
function KeyLine({ answerKey }: { answerKey: LabelledAnswer }) {
  if (answerKey.choice) return <p>{texts.keyChoice(answerKey.choice)}</p>;
  if (answerKey.choices) return <p>{texts.keyChoice(answerKey.choices.join(', '))}</p>;
  if (answerKey.statements)
    return (
      <p>
        {texts.keyStatements}{' '}
        {Object.entries(answerKey.statements)
          .map(([label, truth]) => `${label}) ${truth ? texts.true : texts.false}`)
          .join('; ')}
      </p>
    );
  if (answerKey.text !== undefined) return <p>{texts.keyText(answerKey.text)}</p>;
  return null;
}

/** Right or wrong at once, with the key, the solution, the mastery it moved and when it comes back. */
export function PracticeFeedbackPanel({ feedback }: { feedback: PracticeFeedback }) {
  const tone = feedback.status === 'correct' ? 'practice-right' : 'practice-wrong';
  return (
    <section className={`q-card q-stack q-tight practice-feedback ${tone}`} aria-live="polite">
      <p className="q-strong practice-verdict">{texts[feedback.status]}</p>
      <KeyLine answerKey={feedback.key} />
      {feedback.solution && (
        <div className="q-stack q-tight">
          <p className="q-strong">{texts.solution}</p>
          <ServerHtml html={feedback.solution} />
        </div>
      )}
      <p className="q-small">{texts.masteryChange(feedback.mastery.before, feedback.mastery.after)}</p>
      {feedback.reviewAt && (
        <p className="q-small q-dimmed">{texts.reviewAt(vietnamTime(feedback.reviewAt))}</p>
      )}
    </section>
  );
}
