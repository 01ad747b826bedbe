import type { PaperPart, PaperQuestion } from '@hoclieu/contracts';
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerMap } from './answer-queue';
import { questionProgress } from './paper-items';

interface QuestionNavigatorProps {
  questions: PaperQuestion[];
  answers: AnswerMap;
  flags: string[];
  /** The question on screen (one-per-screen layout). */
  current: number | null;
  onJump: (index: number) => void;
}

/** Every question by number, grouped by part: done, partly done, not done, flagged; a tap jumps there. */
export function QuestionNavigator({ questions, answers, flags, current, onJump }: QuestionNavigatorProps) {
  const { t } = useTranslation();
  const parts: { part: PaperPart; entries: { question: PaperQuestion; index: number }[] }[] = [];
  questions.forEach((question, index) => {
    const last = parts.at(-1);
    if (last?.part === question.part) last.entries.push({ question, index });
    else parts.push({ part: question.part, entries: [{ question, index }] });
  });

  return (
    <Stack gap="sm">
      {parts.map(({ part, entries }) => (
        <Stack key={`${part}-${entries[0]?.index}`} gap={6}>
          <Text size="sm" fw={600}>
            {t(`quiz.parts.${part}`)}
          </Text>
          <div className="quiz-nav-grid">
            {entries.map(({ question, index }) => {
              const progress = questionProgress(question, answers);
              const flagged = flags.includes(question.key);
              const label = [
                t('quiz.question', { number: question.number }),
                t(`quiz.navState.${progress}`),
                flagged ? t('quiz.navFlagged') : null,
              ]
                .filter(Boolean)
                .join(', ');
              return (
                <UnstyledButton
                  key={question.key}
                  className="quiz-nav-button"
                  data-progress={progress}
                  data-flagged={flagged || undefined}
                  aria-current={index === current ? 'step' : undefined}
                  aria-label={label}
                  onClick={() => onJump(index)}
                >
                  {question.number}
                </UnstyledButton>
              );
            })}
          </div>
        </Stack>
      ))}
      <Group gap="sm" className="quiz-nav-legend" aria-hidden>
        {(['done', 'partial', 'empty'] as const).map((progress) => (
          <Group key={progress} gap={4} wrap="nowrap">
            <span className="quiz-nav-swatch" data-progress={progress} />
            <Text size="xs">{t(`quiz.legend.${progress}`)}</Text>
          </Group>
        ))}
        <Group gap={4} wrap="nowrap">
          <span className="quiz-nav-swatch" data-flagged />
          <Text size="xs">{t('quiz.legend.flagged')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
