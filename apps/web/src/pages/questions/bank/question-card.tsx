import type { QuestionSummary } from '@hoclieu/contracts';
import { htmlLabel } from '@hoclieu/domain';
import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { authorLine } from '../../../components/sharing/author-line';
import { useSubjectName } from '../../../components/subject-name';
import { OpenQuestionLink } from '../open-question-link';
import { QuestionBadges } from '../view/question-badges';

/** Subject · grade · topic of a question ("Toán · Lớp 6 · Phân số"). */
export function useQuestionSubjectLine() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  return (q: Pick<QuestionSummary, 'subject' | 'grade' | 'topic'>) =>
    [
      q.subject ? subjectName(q.subject.code, q.subject.name) : t('questions.noSubject'),
      q.grade ? t('questions.grade', { grade: q.grade }) : null,
      q.topic?.title,
    ]
      .filter(Boolean)
      .join(' · ');
}

/** A question's name for screen readers: the start of its stem, or its type when the stem has no text. */
function useQuestionTitle() {
  const { t } = useTranslation();
  return (question: Pick<QuestionSummary, 'stem' | 'type'>) =>
    htmlLabel(question.stem, 80) || t(`questions.types.${question.type}`);
}

/** What a question card adds around its stem, given the question's title (for the controls' names). */
type CardPart = (title: string) => ReactNode;

/**
 * The card a question stands in within a list, named by its title: its badges and typeset stem, then
 * `children`, with a control before (`leading`) or after (`trailing`) them. `marked`: chosen or selected.
 */
export function QuestionArticle({
  question,
  marked,
  highlight,
  leading,
  trailing,
  children,
}: {
  question: QuestionSummary;
  marked: boolean;
  highlight?: string[];
  leading?: CardPart | undefined;
  trailing?: CardPart;
  children: CardPart;
}) {
  const title = useQuestionTitle()(question);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={title}
      data-marked={marked || undefined}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        {leading?.(title)}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <QuestionBadges question={question} />
          <RichContent html={question.stem} highlight={highlight} className="question-card-stem" />
          {children(title)}
        </Stack>
        {trailing?.(title)}
      </Group>
    </Paper>
  );
}

interface QuestionCardProps {
  question: QuestionSummary;
  /** Folded words a search matched, marked in the stem's text (formulas untouched). */
  highlight?: string[];
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
}

/** One question in a list: its stem typeset (math included), what it is, who wrote it. */
export function QuestionCard({ question, highlight, selected, onSelect }: QuestionCardProps) {
  const { t } = useTranslation();
  const subjectLine = useQuestionSubjectLine();
  return (
    <QuestionArticle
      question={question}
      marked={selected ?? false}
      highlight={highlight}
      leading={
        onSelect &&
        ((title) => (
          <Checkbox
            mt={4}
            checked={selected ?? false}
            onChange={(event) => onSelect(event.currentTarget.checked)}
            aria-label={t('questionBulk.select', { title })}
          />
        ))
      }
    >
      {(title) => (
        <>
          <Text size="sm">{subjectLine(question)}</Text>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {authorLine(question)}
            </Text>
            <OpenQuestionLink questionId={question.id} label={t('questions.openQuestion', { title })}>
              {t('questions.open')}
            </OpenQuestionLink>
          </Group>
        </>
      )}
    </QuestionArticle>
  );
}
