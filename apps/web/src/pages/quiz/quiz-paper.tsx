import type { PaperQuestion } from '@hoclieu/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerMap, StudentAnswer } from './answer-queue';
import { QuestionBlock } from './question-block';
import type { QuizLayout } from './quiz-marks';

interface QuizPaperProps {
  layout: QuizLayout;
  questions: PaperQuestion[];
  answers: AnswerMap;
  flags: string[];
  current: number;
  onJump: (index: number) => void;
  onOpenPanel: () => void;
  onAnswer: (key: string, answer: StudentAnswer | null) => void;
  onToggleFlag: (key: string) => void;
}

/** The questions: the current one with previous/next below it, or all of them under their parts. */
export function QuizPaper({
  layout,
  questions,
  answers,
  flags,
  current,
  onJump,
  onOpenPanel,
  onAnswer,
  onToggleFlag,
}: QuizPaperProps) {
  const { t } = useTranslation();
  const block = (question: PaperQuestion) => (
    <QuestionBlock
      key={question.key}
      question={question}
      answers={answers}
      flagged={flags.includes(question.key)}
      disabled={false}
      onAnswer={onAnswer}
      onToggleFlag={onToggleFlag}
    />
  );
  const partTitle = (question: PaperQuestion) => (
    <Title order={2} fz="h5" c="dimmed" key={`part-${question.key}`}>
      {t(`quiz.parts.${question.part}`)}
    </Title>
  );

  if (layout === 'all') {
    return (
      <Stack gap="md" className="quiz-paper">
        {questions.flatMap((question, index) =>
          index === 0 || questions[index - 1]?.part !== question.part
            ? [partTitle(question), block(question)]
            : [block(question)],
        )}
      </Stack>
    );
  }

  const question = questions[current];
  if (!question) return null;
  return (
    <Stack gap="sm" className="quiz-paper">
      {partTitle(question)}
      {block(question)}
      <Group className="quiz-steps" justify="space-between" wrap="nowrap" gap="xs">
        <Button variant="default" size="md" disabled={current === 0} onClick={() => onJump(current - 1)}>
          ‹ {t('quiz.previous')}
        </Button>
        <Button variant="subtle" size="md" px={4} onClick={onOpenPanel} hiddenFrom="md">
          <Text span size="sm">
            {t('quiz.position', { current: current + 1, total: questions.length })}
          </Text>
        </Button>
        <Button
          variant="default"
          size="md"
          disabled={current >= questions.length - 1}
          onClick={() => onJump(current + 1)}
        >
          {t('quiz.next')} ›
        </Button>
      </Group>
    </Stack>
  );
}
