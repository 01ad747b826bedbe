import type { AttemptView } from '@hoclieu/contracts';
import { Box, Button, Drawer, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerMap, StudentAnswer } from './answer-queue';
import { AttemptOutcome } from './attempt-outcome';
import { Countdown } from './countdown';
import { FinishingView } from './finishing-view';
import { questionProgress, unansweredCount } from './paper-items';
import { questionAnchor } from './question-block';
import { QuestionNavigator } from './question-navigator';
import { type QuizLayout, useQuizLayout, useQuizMarks } from './quiz-marks';
import { QuizPaper } from './quiz-paper';
import type { ServerClock } from './server-clock';
import { SubmitDialog } from './submit-dialog';
import { SyncIndicator } from './sync-indicator';
import { useAnswerQueue } from './use-answer-queue';
import { useFinish } from './use-finish';

const LAST_SECONDS_MS = 15_000;

/**
 * Taking an attempt: the countdown and save status always in view, the paper one question per
 * screen or all at once, a panel to jump between questions, and the submission.
 */
export function QuizSession({ view, clock }: { view: AttemptView; clock: ServerClock }) {
  const { t } = useTranslation();
  const { queue, initialAnswers, sync } = useAnswerQueue(view);
  const [answers, setAnswers] = useState<AnswerMap>(initialAnswers);
  const [marks, setMarks] = useQuizMarks(view.id);
  const [layout, setLayout] = useQuizLayout();
  const [panelOpen, panel] = useDisclosure(false);
  const [confirmOpen, confirm] = useDisclosure(false);
  // A jump from the drawer scrolls once the drawer has let go of the page's scrolling.
  const scrollTarget = useRef<string | null>(null);
  const { phase, finish } = useFinish(view.id, queue);
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
  const scrollTo = (key: string) =>
    setTimeout(() => document.getElementById(questionAnchor(key))?.scrollIntoView({ block: 'start' }));
  const jump = (index: number) => {
    const key = questions[index]?.key;
    if (key === undefined) return;
    setMarks((previous) => ({ ...previous, current: index }));
    if (panelOpen) {
      scrollTarget.current = key;
      panel.close();
    } else scrollTo(key);
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
    <Stack gap="sm" className="quiz">
      <div className="quiz-bar">
        <Countdown
          deadlineAt={view.deadlineAt}
          clock={clock}
          onExpire={() => finish('timeUp')}
          onTick={(left) => {
            lastSeconds.current = left <= LAST_SECONDS_MS;
          }}
        />
        <SyncIndicator sync={sync} />
        <Button size="md" onClick={confirm.open}>
          {t('quiz.submit')}
        </Button>
      </div>
      <Text size="sm" c="dimmed">
        <Text span fw={600} c="var(--mantine-color-text)">
          {view.title}
        </Text>{' '}
        · {t('quiz.versionCode', { code: view.versionCode })}
      </Text>
      <Group justify="space-between" gap="xs">
        <SegmentedControl
          aria-label={t('quiz.layout.label')}
          value={layout}
          onChange={(value) => setLayout(value as QuizLayout)}
          data={[
            { value: 'single', label: t('quiz.layout.single') },
            { value: 'all', label: t('quiz.layout.all') },
          ]}
        />
        <Button variant="light" hiddenFrom="md" onClick={panel.open}>
          {t('quiz.questionList')} ({t('quiz.answeredOf', { done, total: questions.length })})
        </Button>
      </Group>
      <div className="quiz-body">
        <QuizPaper
          layout={layout}
          questions={questions}
          answers={answers}
          flags={marks.flags}
          current={current}
          onJump={jump}
          onOpenPanel={panel.open}
          onAnswer={onAnswer}
          onToggleFlag={onToggleFlag}
        />
        <Box component="aside" visibleFrom="md" className="quiz-aside" aria-label={t('quiz.questionList')}>
          <Text fw={700} mb="xs">
            {t('quiz.questionList')} ({t('quiz.answeredOf', { done, total: questions.length })})
          </Text>
          {navigator}
        </Box>
      </div>
      <Drawer
        opened={panelOpen}
        onClose={panel.close}
        position="bottom"
        size="auto"
        styles={{ content: { maxHeight: '85dvh' } }}
        title={t('quiz.questionList')}
        onExitTransitionEnd={() => {
          if (scrollTarget.current !== null) scrollTo(scrollTarget.current);
          scrollTarget.current = null;
        }}
      >
        {navigator}
      </Drawer>
      <SubmitDialog
        opened={confirmOpen}
        unanswered={unansweredCount(questions, answers)}
        flagged={marks.flags.length}
        offline={sync.status === 'offline'}
        onClose={confirm.close}
        onConfirm={() => {
          confirm.close();
          finish('submitted');
        }}
      />
    </Stack>
  );
}
