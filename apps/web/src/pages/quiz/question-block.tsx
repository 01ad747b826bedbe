import type { PaperQuestion } from '@hoclieu/contracts';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerMap, StudentAnswer } from './answer-queue';
import { ItemAnswer } from './item-answer';
import { itemsOf } from './paper-items';
import { ServerHtml } from './server-html';

interface QuestionBlockProps {
  question: PaperQuestion;
  answers: AnswerMap;
  flagged: boolean;
  disabled: boolean;
  onAnswer: (key: string, answer: StudentAnswer | null) => void;
  onToggleFlag: (key: string) => void;
}

export const questionAnchor = (key: string) => `cau-${key}`;

/** Re-render only when this question's own answers, flag or state change (a paper has dozens). */
const sameQuestion = (before: QuestionBlockProps, after: QuestionBlockProps) =>
  before.question === after.question &&
  before.flagged === after.flagged &&
  before.disabled === after.disabled &&
  before.onAnswer === after.onAnswer &&
  before.onToggleFlag === after.onToggleFlag &&
  itemsOf(after.question).every((item) => before.answers[item.key] === after.answers[item.key]);

/** A question of the paper: its stem, then its answer, or each child of a group with its own. */
export const QuestionBlock = memo(function QuestionBlock({
  question,
  answers,
  flagged,
  disabled,
  onAnswer,
  onToggleFlag,
}: QuestionBlockProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const points = (value: number) => t('quiz.points', { points: value.toLocaleString(i18n.language) });
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      id={questionAnchor(question.key)}
      aria-labelledby={headingId}
      className="quiz-question"
    >
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Group gap="xs" wrap="nowrap">
          <Title order={2} fz="h4" id={headingId}>
            {t('quiz.question', { number: question.number })}
          </Title>
          <Text size="sm" c="dimmed">
            {points(question.points)}
          </Text>
        </Group>
        <Button
          variant={flagged ? 'filled' : 'default'}
          color="orange"
          size="compact-md"
          aria-pressed={flagged}
          onClick={() => onToggleFlag(question.key)}
          leftSection={<span aria-hidden>⚑</span>}
        >
          {t('quiz.flag')}
        </Button>
      </Group>
      <ServerHtml html={question.stem} className="quiz-stem" />
      {question.type === 'group' ? (
        question.children.map((child, index) => (
          <div key={child.key} className="quiz-child">
            <Text fw={700} mb={4}>
              {t('quiz.child', { number: `${question.number}.${index + 1}` })}
            </Text>
            <ServerHtml html={child.stem} className="quiz-stem" />
            <ItemAnswer
              item={child}
              value={answers[child.key]}
              onChange={(answer) => onAnswer(child.key, answer)}
              disabled={disabled}
            />
          </div>
        ))
      ) : (
        <ItemAnswer
          item={question}
          value={answers[question.key]}
          onChange={(answer) => onAnswer(question.key, answer)}
          disabled={disabled}
        />
      )}
    </Paper>
  );
}, sameQuestion);
