import type { PracticeNextQuery, PracticeProgress } from '@hoclieu/contracts';
import { useCallback, useEffect, useState } from 'react';
import { goToLogin, type QuizApi, QuizApiError } from './api';
import { ErrorNotice } from './error-notice';
import { practiceOutbox } from './practice-outbox';
import { PracticeSession } from './practice-session';
import { practiceTexts as texts } from './practice-texts';

type Topic = PracticeProgress['topics'][number];
type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; progress: PracticeProgress };

const isUnauthenticated = (error: unknown) =>
  error instanceof QuizApiError && (error.status === 401 || error.code === 'UNAUTHENTICATED');

/** One topic: its mastery as a bar, what was answered, what is due, and the way in. */
function TopicCard({ topic, onPractise }: { topic: Topic; onPractise: () => void }) {
  const open = topic.available > 0;
  return (
    <li className="q-card q-stack q-tight practice-topic">
      <div className="q-row q-between">
        <h3 className="q-strong practice-topic-title">{topic.title}</h3>
        {topic.dueReviews > 0 && <span className="practice-badge">{texts.dueReviews(topic.dueReviews)}</span>}
      </div>
      <p className="q-small q-dimmed">
        {topic.subject.name} · {texts.grade(topic.grade)} · {texts.available(topic.available)}
      </p>
      {topic.mastery === null ? (
        <p className="q-small">{texts.notPractised}</p>
      ) : (
        <div className="q-stack q-tight">
          <div className="q-row q-between q-small">
            <span>
              {texts.mastery}: {texts.masteryValue(topic.mastery)}
            </span>
            <span className="q-dimmed">{texts.answered(topic.answers, topic.correct)}</span>
          </div>
          <progress className="practice-bar" max={1} value={topic.mastery} aria-label={texts.mastery} />
        </div>
      )}
      <div>
        <button type="button" className="q-btn q-btn-compact" disabled={!open} onClick={onPractise}>
          {texts.practise}
        </button>
      </div>
    </li>
  );
}

/**
 * Luyện tập (/luyen-tap), in the light quiz entry: the student's topics with their mastery, "what
 * should I practise next", then one question at a time (practice-session.tsx).
 */
export function PracticeApp({ api }: { api: QuizApi }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [subject, setSubject] = useState('');
  // An answer still on its way from the last visit: back into the session to send it.
  const [choice, setChoice] = useState<PracticeNextQuery | null>(() => (practiceOutbox().read() ? {} : null));

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    Promise.all([api.me(), api.practiceProgress()]).then(
      ([, progress]) => setState({ kind: 'ready', progress }),
      (error: unknown) => (isUnauthenticated(error) ? goToLogin() : setState({ kind: 'failed', error })),
    );
  }, [api]);
  useEffect(load, [load]);

  if (choice)
    return (
      <PracticeSession
        api={api}
        choice={choice}
        onBack={() => {
          setChoice(null);
          load();
        }}
      />
    );
  if (state.kind === 'failed')
    return (
      <main className="q-main q-narrow">
        <ErrorNotice error={state.error} onRetry={load} />
      </main>
    );
  if (state.kind === 'loading')
    return (
      <p className="quiz-loading" role="status">
        …
      </p>
    );
  const { topics } = state.progress;
  const subjects = [...new Map(topics.map((t) => [t.subject.code, t.subject.name])).entries()];
  const shown = topics.filter((t) => !subject || t.subject.code === subject);
  return (
    <main className="q-main q-narrow practice">
      <h1 className="q-h2">{texts.title}</h1>
      <p className="q-dimmed">{texts.intro}</p>
      {subjects.length > 1 && (
        <label className="q-field">
          <span className="q-label">{texts.subject}</span>
          <select className="q-input" value={subject} onChange={(e) => setSubject(e.currentTarget.value)}>
            <option value="">{texts.allSubjects}</option>
            {subjects.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {topics.length === 0 ? (
        <p className="q-card">{texts.noTopics}</p>
      ) : (
        <>
          <div className="q-card q-stack q-tight">
            <button
              type="button"
              className="q-btn q-btn-primary q-full"
              onClick={() => setChoice(subject ? { subjectCode: subject } : {})}
            >
              {texts.suggested}
            </button>
            <p className="q-small q-dimmed">{texts.suggestedHint}</p>
          </div>
          <h2 className="q-h4">{texts.topics}</h2>
          <ul className="q-stack practice-topics">
            {shown.map((topic) => (
              <TopicCard key={topic.id} topic={topic} onPractise={() => setChoice({ topicId: topic.id })} />
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/">{texts.home}</a>
      </p>
    </main>
  );
}
