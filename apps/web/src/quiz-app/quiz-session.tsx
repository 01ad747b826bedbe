import type { AttemptView } from '@hoclieu/contracts';
import { useCallback, useEffect, useState } from 'react';
import { questionAnchor } from './answers';
import type { QuizApi } from './api';
import { AttemptOutcome, FinishingView } from './attempt-outcome';
import { useFinish, useQuizQueue } from './hooks';
import { LayoutSwitch } from './layout-switch';
import { Overlay, SubmitDialog } from './overlays';
import { questionProgress, unansweredCount } from './paper-items';
import { PaperView } from './paper-view';
import { QuestionNavigator } from './question-navigator';
import { useQuizLayout, useQuizMarks } from './quiz-marks';
import type { ServerClock } from './server-clock';
import { Countdown, SyncIndicator } from './session-status';
import { texts } from './texts';
import { useAnswerState } from './use-answer-state';
import { useAwayTracking } from './use-away-tracking';

/**
 * Taking an attempt: the countdown and save status always in view, the paper one question per
 * screen or all at once, a panel to jump between questions, and the submission.
 */
export function QuizSession({ api, view, clock }: { api: QuizApi; view: AttemptView; clock: ServerClock }) {
  const { queue, initialAnswers, sync } = useQuizQueue(api, view);
  const { answers, onAnswer, onTimeLeft } = useAnswerState(queue, initialAnswers);
  const [marks, setMarks] = useQuizMarks(view.id);
  const [layout, setLayout] = useQuizLayout();
  const [panelOpen, setPanelOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const { phase, finish } = useFinish(api, view.id, queue);
  useAwayTracking(queue, clock, phase.kind === 'answering');

  useEffect(() => {
    if (sync.status === 'closed') finish('closed');
  }, [sync.status, finish]);

  const onToggleFlag = useCallback(
    (key: string) =>
      setMarks((previous) => ({
        ...previous,
        flags: previous.flags.includes(key)
          ? previous.flags.filter((f) => f !== key)
          : [...previous.flags, key],
      })),
    [setMarks],
  );

  if (phase.kind === 'finished') return <AttemptOutcome reason={phase.reason} result={phase.result} />;
  if (phase.kind !== 'answering')
    return <FinishingView phase={phase} sync={sync} onRetry={() => finish(phase.reason)} />;

  const questions = view.questions;
  const current = Math.min(marks.current, Math.max(0, questions.length - 1));
  const done = questions.filter((question) => questionProgress(question, answers) === 'done').length;
  const progressText = `${texts.questionList} (${texts.answeredOf(done, questions.length)})`;
  const jump = (index: number) => {
    const key = questions[index]?.key;
    if (key === undefined) return;
    setMarks((previous) => ({ ...previous, current: index }));
    setPanelOpen(false);
    // After the render that shows the question (and closes the sheet, giving the page its scrolling back).
    setTimeout(() => document.getElementById(questionAnchor(key))?.scrollIntoView({ block: 'start' }));
  };
  const navigator = (
    <QuestionNavigator
      questions={questions}
      answers={answers}
      flags={marks.flags}
      current={layout === 'single' ? current : null}
      onJump={jump}
    />
  );

  return (
    <div className="quiz">
      <header className="quiz-bar">
        <Countdown
          deadlineAt={view.deadlineAt}
          clock={clock}
          onExpire={() => finish('timeUp')}
          onTick={onTimeLeft}
        />
        <SyncIndicator sync={sync} />
        <button type="button" className="q-btn q-btn-primary" onClick={() => setConfirmOpen(true)}>
          {texts.submit}
        </button>
      </header>
      <main className="q-main">
        <p className="q-dimmed q-small">
          <span className="q-title">{view.title}</span> · {texts.versionCode(view.versionCode)}
        </p>
        {sync.status === 'locked' && (
          <p role="alert" className="q-alert q-alert-error">
            {texts.deviceLocked}
          </p>
        )}
        <p className="q-xsmall q-dimmed">{texts.supervisionNote}</p>
        <div className="q-row q-between">
          <LayoutSwitch layout={layout} onChange={setLayout} />
          <button type="button" className="q-btn q-btn-light q-hidden-md" onClick={() => setPanelOpen(true)}>
            {progressText}
          </button>
        </div>
        <div className="quiz-body">
          <PaperView
            questions={questions}
            layout={layout}
            current={current}
            answers={answers}
            flags={marks.flags}
            onAnswer={onAnswer}
            onToggleFlag={onToggleFlag}
            onJump={jump}
            onOpenList={() => setPanelOpen(true)}
          />
          <aside className="quiz-aside q-visible-md" aria-label={texts.questionList}>
            <p className="q-strong">{progressText}</p>
            {navigator}
          </aside>
        </div>
      </main>
      {panelOpen && (
        <Overlay title={texts.questionList} sheet onClose={() => setPanelOpen(false)}>
          {navigator}
        </Overlay>
      )}
      {confirmOpen && (
        <SubmitDialog
          unanswered={unansweredCount(questions, answers)}
          flagged={marks.flags.length}
          offline={sync.status === 'offline'}
          onClose={() => setConfirmOpen(false)}
          onConfirm={() => {
            setConfirmOpen(false);
            finish('submitted');
          }}
        />
      )}
    </div>
  );
}
