import type { PracticeFeedback, PracticeNext, PracticeNextQuery } from '@hoclieu/contracts';
import { useCallback, useEffect, useState } from 'react';
import type { StudentAnswer } from './answer-queue';
import { ItemAnswer, ServerHtml } from './answers';
import type { QuizApi } from './api';
import { ErrorNotice } from './error-notice';
import { PracticeFeedbackPanel } from './practice-feedback';
import { answerUuid, deliver, type PendingPractice, practiceOutbox } from './practice-outbox';
import { practiceTexts as texts } from './practice-texts';
import { useMounted } from './use-mounted';

type Served = NonNullable<PracticeNext['item']>;

type Phase =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'answering' }
  | { kind: 'sending'; offline: boolean }
  | { kind: 'done'; feedback: PracticeFeedback }
  | { kind: 'failed'; error: unknown };

const outbox = practiceOutbox();

/**
 * One practice question at a time: answer, check, see the key and the solution, go on. The answer
 * is written to the browser's storage before it is sent and sent again until the server takes it, so
 * a network drop (or a reload) loses nothing and never counts it twice.
 */
export function PracticeSession({
  api,
  choice,
  onBack,
}: {
  api: QuizApi;
  choice: PracticeNextQuery;
  onBack: () => void;
}) {
  const [served, setServed] = useState<Served | null>(null);
  const [draft, setDraft] = useState<StudentAnswer | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const alive = useMounted();

  const send = useCallback(
    (pending: PendingPractice) => {
      setServed(pending.item);
      setDraft(pending.body.answer);
      setPhase({ kind: 'sending', offline: false });
      deliver(() => api.practiceAnswer(pending.body), {
        onOffline: () => alive.current && setPhase({ kind: 'sending', offline: true }),
      }).then(
        (feedback) => {
          outbox.clear();
          if (alive.current) setPhase({ kind: 'done', feedback });
        },
        (error: unknown) => {
          // Refused for good (the question went into an open test, was answered elsewhere…).
          outbox.clear();
          if (alive.current) setPhase({ kind: 'failed', error });
        },
      );
    },
    [api],
  );

  const next = useCallback(() => {
    setPhase({ kind: 'loading' });
    setDraft(null);
    api.practiceNext(choice).then(
      ({ item }) => {
        if (!alive.current) return;
        setServed(item);
        setPhase(item ? { kind: 'answering' } : { kind: 'none' });
      },
      (error: unknown) => alive.current && setPhase({ kind: 'failed', error }),
    );
  }, [api, choice]);

  useEffect(() => {
    const pending = outbox.read();
    if (pending) send(pending);
    else next();
  }, [send, next]);

  const check = () => {
    if (!served || !draft) return;
    const pending = { body: { answerId: answerUuid(), ticket: served.ticket, answer: draft }, item: served };
    outbox.keep(pending);
    send(pending);
  };

  const answering = phase.kind === 'answering';
  return (
    <main className="q-main q-narrow practice">
      <div className="q-row q-between">
        <button type="button" className="q-btn q-btn-subtle q-btn-compact" onClick={onBack}>
          {texts.back}
        </button>
        {served && (
          <span className="q-small q-dimmed">
            {texts.mastery}: {texts.masteryValue(served.mastery)}
          </span>
        )}
      </div>
      {phase.kind === 'loading' && (
        <p className="quiz-loading" role="status">
          …
        </p>
      )}
      {phase.kind === 'none' && <p className="q-card">{texts.nothingLeft}</p>}
      {served && phase.kind !== 'loading' && phase.kind !== 'none' && (
        <section className="q-card q-stack quiz-question" aria-label={served.topic.title}>
          <div className="q-row q-between">
            <h1 className="q-h4">{served.topic.title}</h1>
            {served.review && <span className="practice-badge">{texts.review}</span>}
          </div>
          <ServerHtml html={served.question.stem} className="quiz-stem" />
          <ItemAnswer
            item={served.question}
            label={served.topic.title}
            value={draft ?? undefined}
            onChange={setDraft}
            disabled={!answering}
          />
        </section>
      )}
      {answering && (
        <button type="button" className="q-btn q-btn-primary q-full" disabled={!draft} onClick={check}>
          {texts.check}
        </button>
      )}
      {phase.kind === 'sending' && (
        <p role="status" className={phase.offline ? 'q-alert q-alert-warn' : 'q-dimmed'}>
          {phase.offline ? texts.offline : texts.checking}
        </p>
      )}
      {phase.kind === 'done' && <PracticeFeedbackPanel feedback={phase.feedback} />}
      {phase.kind === 'failed' && <ErrorNotice error={phase.error} />}
      {(phase.kind === 'done' || phase.kind === 'failed') && (
        <button type="button" className="q-btn q-btn-primary q-full" onClick={next}>
          {texts.next}
        </button>
      )}
    </main>
  );
}
