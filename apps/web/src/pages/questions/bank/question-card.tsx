import type { QuestionSummary } from '@hoclieu/contracts';
import { htmlLabel } from '@hoclieu/domain';
import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
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
  const title = htmlLabel(question.stem, 80) || t(`questions.types.${question.type}`);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={title}
      data-selected={selected || undefined}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        {onSelect && (
          <Checkbox
            mt={4}
            checked={selected ?? false}
            onChange={(event) => onSelect(event.currentTarget.checked)}
            aria-label={t('questionBulk.select', { title })}
          />
        )}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <QuestionBadges question={question} />
          <RichContent html={question.stem} highlight={highlight} className="question-card-stem" />
          <Text size="sm">{subjectLine(question)}</Text>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {authorLine(question)}
            </Text>
            <OpenQuestionLink questionId={question.id} label={t('questions.openQuestion', { title })}>
              {t('questions.open')}
            </OpenQuestionLink>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
