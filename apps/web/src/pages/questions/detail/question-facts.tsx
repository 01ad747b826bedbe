import type { QuestionDetail } from '@hoclieu/contracts';
import { Badge, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVietnamFormat } from '../../../components/vietnam-format';
import { difficultyNames } from '../editor/question-meta-fields';

/** Metadata, author, school and version of a question. */
export function QuestionFacts({ question }: { question: QuestionDetail }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const { meta } = question;
  const rows: [string, ReactNode][] = [
    [t('questionMeta.type'), t(`questions.types.${question.type}`)],
    [t('questionMeta.subject'), question.subject?.name ?? '—'],
    [t('questionMeta.grade'), question.grade ? t('questions.grade', { grade: question.grade }) : '—'],
    [t('questionMeta.topic'), question.topic?.title ?? '—'],
    [t('questionMeta.level'), question.level ? t(`questions.levels.${question.level}`) : '—'],
    [
      t('questionMeta.difficulty'),
      question.difficulty
        ? t(`questionMeta.difficulties.${difficultyNames[question.difficulty - 1] ?? 'medium'}`)
        : '—',
    ],
  ];
  if (meta.learningOutcome) rows.push([t('questionMeta.learningOutcome'), meta.learningOutcome]);
  if (meta.source) rows.push([t('questionMeta.source'), meta.source]);
  rows.push(
    [t('questionDetail.author'), question.author.fullName],
    [t('questionDetail.school'), question.school?.name ?? '—'],
    [t('questionDetail.version'), t('questions.version', { number: question.currentVersion })],
    [t('questionDetail.updatedAt'), when.date(question.updatedAt)],
  );
  if (question.tags.length > 0) {
    rows.push([
      t('questionMeta.tags'),
      <Group key="tags" gap={4}>
        {question.tags.map((tag) => (
          <Badge key={tag} variant="outline" size="sm" tt="none">
            {tag}
          </Badge>
        ))}
      </Group>,
    ]);
  }
  return (
    <Table variant="vertical" layout="fixed" withTableBorder fz="sm">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={120}>{label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
