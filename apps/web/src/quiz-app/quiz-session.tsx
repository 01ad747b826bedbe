import type { AttemptResult, AttemptView, PaperPart, PaperQuestion } from '@hoclieu/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerMap, StudentAnswer, SyncState } from '../pages/quiz/answer-queue';
import { questionProgress, unansweredCount } from '../pages/quiz/paper-items';
import { type QuizLayout, useQuizLayout, useQuizMarks } from '../pages/quiz/quiz-marks';
import { formatRemaining, type ServerClock, WARNING_MS } from '../pages/quiz/server-clock';
import { useCountdown } from '../pages/quiz/use-countdown';
import { QuestionBlock, questionAnchor } from './answers';
import { messageOf, type QuizApi } from './api';
import { type FinishPhase, type FinishReason, useFinish, useQuizQueue } from './hooks';
import { Overlay, SubmitDialog } from './overlays';
import { syncText, texts } from './texts';
import { passedTimeMark } from './time-notices';
import { useAwayTracking } from './use-away-tracking';

const LAST_SECONDS_MS = 15_000;

/** Time left by the server's clock; red in the last five minutes. */
function Countdown({
  deadlineAt,
  clock,
  onExpire,
  onTick,
}: {
  deadlineAt: string;
  clock: ServerClock;
  onExpire: () => void;
  onTick: (left: number) => void;
}) {
  const left = useCountdown(deadlineAt, clock, onExpire);
  const tick = useRef(onTick);
  tick.current = onTick;
  useEffect(() => tick.current(left), [left]);
  const [notice, setNotice] = useState<number | null>(null);
  const before = useRef(left);
  useEffect(() => {
    const mark = passedTimeMark(before.current, left);
    before.current = left;
    if (mark !== null) setNotice(mark);
  }, [left]);
  const warning = left <= WARNING_MS;
  return (
    <>
      {/* A timer is not live: its seconds are read on demand, the notice below speaks at 10, 5 and 1 minutes. */}
      <span
        role="timer"
        aria-live="off"
        aria-label={texts.timeLeft}
        data-warning={warning || undefined}
        className="quiz-countdown"
      >
        {formatRemaining(left)}
      </span>
      <span role="status" aria-live="polite" className="visually-hidden" data-testid="time-notice">
        {notice !== null ? texts.minutesLeft(notice) : ''}
      </span>
    </>
  );
}

/** Đã lưu / Đang lưu… / Mất mạng – N câu chờ gửi, announced politely to screen readers. */
function SyncIndicator({ sync }: { sync: SyncState }) {
  return (
    <span role="status" aria-live="polite" className="quiz-sync" data-status={sync.status}>
      {syncText(sync)}
    </span>
  );
}

/** Every question by number, grouped by part: done, partly done, not done, flagged; a tap jumps there. */
function QuestionNavigator({
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

/** Cách hiển thị: Từng câu / Cả bài, as two radios drawn as one segmented control. */
function LayoutSwitch({ layout, onChange }: { layout: QuizLayout; onChange: (layout: QuizLayout) => void }) {
  const options = [
    { value: 'single', label: texts.layoutSingle },
    { value: 'all', label: texts.layoutAll },
  ] as const;
  return (
    <div role="radiogroup" aria-label={texts.layoutLabel} className="q-segmented">
      {options.map((option) => (
        <label key={option.value} data-active={layout === option.value || undefined}>
          <input
            type="radio"
            name="quiz-layout"
            value={option.value}
            checked={layout === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/**
 * Taking an attempt: the countdown and save status always in view, the paper one question per
 * screen or all at once, a panel to jump between questions, and the submission.
 */
export function QuizSession({ api, view, clock }: { api: QuizApi; view: AttemptView; clock: ServerClock }) {
  const { queue, initialAnswers, sync } = useQuizQueue(api, view);
  const [answers, setAnswers] = useState<AnswerMap>(initialAnswers);
  const [marks, setMarks] = useQuizMarks(view.id);
  const [layout, setLayout] = useQuizLayout();
  const [panelOpen, setPanelOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const { phase, finish } = useFinish(api, view.id, queue);
  useAwayTracking(queue, clock, phase.kind === 'answering');
  // In the last seconds an answer goes out at once: one held back by the debounce could miss the deadline.
  const lastSeconds = useRef(false);

  useEffect(() => {
    if (sync.status === 'closed') finish('closed');
  }, [sync.status, finish]);

  const onAnswer = useCallback(
    (key: string, answer: StudentAnswer | null) => {
      setAnswers((previous) => {
        const next = { ...previous };
        if (answer) next[key] = answer;
        else delete next[key];
        return next;
      });
      queue.set(key, answer);
      if (lastSeconds.current) void queue.flush();
    },
    [queue],
  );
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
  const block = (question: PaperQuestion) => (
    <QuestionBlock
      key={question.key}
      question={question}
      answers={answers}
      flagged={marks.flags.includes(question.key)}
      onAnswer={onAnswer}
      onToggleFlag={onToggleFlag}
    />
  );
  const partTitle = (question: PaperQuestion) => (
    <h2 className="q-part" key={`part-${question.key}`}>
      {texts.parts[question.part]}
    </h2>
  );
  const shown = questions[current];

  return (
    <div className="quiz">
      <header className="quiz-bar">
        <Countdown
          deadlineAt={view.deadlineAt}
          clock={clock}
          onExpire={() => finish('timeUp')}
          onTick={(left) => {
            lastSeconds.current = left <= LAST_SECONDS_MS;
          }}
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
          {layout === 'all' ? (
            <div className="q-stack quiz-paper">
              {questions.flatMap((question, index) =>
                index === 0 || questions[index - 1]?.part !== question.part
                  ? [partTitle(question), block(question)]
                  : [block(question)],
              )}
            </div>
          ) : shown ? (
            <div className="q-stack quiz-paper">
              {partTitle(shown)}
              {block(shown)}
              <div className="q-row q-between quiz-steps">
                <button
                  type="button"
                  className="q-btn"
                  disabled={current === 0}
                  onClick={() => jump(current - 1)}
                >
                  ‹ {texts.previous}
                </button>
                <button
                  type="button"
                  className="q-btn q-btn-subtle q-hidden-md"
                  onClick={() => setPanelOpen(true)}
                >
                  {texts.position(current + 1, questions.length)}
                </button>
                <button
                  type="button"
                  className="q-btn"
                  disabled={current >= questions.length - 1}
                  onClick={() => jump(current + 1)}
                >
                  {texts.next} ›
                </button>
              </div>
            </div>
          ) : null}
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

/** An error as the server worded it, with its request id and a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const requestId =
    error && typeof error === 'object' && 'requestId' in error && typeof error.requestId === 'string'
      ? error.requestId
      : null;
  return (
    <div role="alert" className="q-alert q-alert-error q-stack q-tight">
      <p>{messageOf(error)}</p>
      {requestId && <p className="q-xsmall q-dimmed">{texts.requestId(requestId)}</p>}
      {onRetry && (
        <div>
          <button type="button" className="q-btn q-btn-compact" onClick={onRetry}>
            {texts.retry}
          </button>
        </div>
      )}
    </div>
  );
}

/** Between the last answer and the result: answers going out (or waiting for the network), then the submission. */
function FinishingView({
  phase,
  sync,
  onRetry,
}: {
  phase: Extract<FinishPhase, { kind: 'finishing' | 'failed' }>;
  sync: SyncState;
  onRetry: () => void;
}) {
  return (
    <main className="q-card q-narrow q-stack q-center">
      <h1 className="q-h2">{phase.reason === 'timeUp' ? texts.timeUp : texts.submitting}</h1>
      {phase.kind === 'finishing' ? (
        <>
          <span className="q-spinner" role="progressbar" aria-label={texts.submitting} />
          <SyncIndicator sync={sync} />
          {sync.status === 'offline' ? (
            <p className="q-alert q-alert-warn">{texts.offlineWaiting}</p>
          ) : (
            <p>{texts.sendingPending}</p>
          )}
        </>
      ) : (
        <>
          <p className="q-strong">{texts.finishFailed}</p>
          <ErrorNotice error={phase.error} onRetry={onRetry} />
        </>
      )}
    </main>
  );
}

const titles = { submitted: texts.submitted, timeUp: texts.timeUp, closed: texts.closed };
const notes = { submitted: null, timeUp: texts.timeUpText, closed: texts.closedText };

/** After the attempt: the score when released, else the promise of results later. */
export function AttemptOutcome({ reason, result }: { reason: FinishReason; result: AttemptResult }) {
  const note = notes[reason];
  return (
    <main className="q-card q-narrow q-stack q-center">
      <h1 className="q-h2">{titles[reason]}</h1>
      {note && <p>{note}</p>}
      {result.released && result.score !== null ? (
        <div>
          <p className="q-dimmed">{texts.score}</p>
          <p className="q-score">{texts.scoreValue(result.score, result.maxScore)}</p>
        </div>
      ) : (
        <p className="q-strong">{texts.resultLater}</p>
      )}
      <div className="q-stack q-full">
        {result.released && (
          <a className="q-btn q-btn-primary" href={`/ket-qua/${result.id}`}>
            {result.review ? texts.viewReview : texts.viewOwnAnswers}
          </a>
        )}
        <a className="q-btn" href="/bai-kiem-tra">
          {texts.backToList}
        </a>
      </div>
    </main>
  );
}
