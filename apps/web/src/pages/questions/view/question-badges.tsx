import type { QuestionSummary } from '@hoclieu/contracts';
import { Badge, type BadgeProps, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScopeBadge } from '../../materials/share-badges';
import { EstimateBadge } from './estimate-badge';

const statusColors = { draft: 'gray', submitted: 'orange', approved: 'teal' } as const;
const levelColors = { biet: 'blue', hieu: 'grape', van_dung: 'pink' } as const;

/** Nháp / Chờ duyệt / Đã duyệt (with the level asked for while waiting). */
export function QuestionStatusBadge({
  question,
  ...props
}: { question: Pick<QuestionSummary, 'status' | 'requestedScope'> } & BadgeProps) {
  const { t } = useTranslation();
  const waitingFor = question.status === 'submitted' && question.requestedScope !== null;
  return (
    <Badge color={statusColors[question.status]} variant="light" {...props}>
      {waitingFor
        ? t('questions.waitingFor', { level: t(`materials.levelOf.${question.requestedScope ?? 'school'}`) })
        : t(`questions.statuses.${question.status}`)}
    </Badge>
  );
}

/** Type, level (Biết / Hiểu / Vận dụng), difficulty, status and scope of a question. */
export function QuestionBadges({ question }: { question: QuestionSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="outline" color="gray" tt="none" size="sm">
        {t(`questions.types.${question.type}`)}
      </Badge>
      {question.level && (
        <Badge color={levelColors[question.level]} variant="light" size="sm">
          {t(`questions.levels.${question.level}`)}
        </Badge>
      )}
      {question.difficulty !== null && (
        <Badge color="gray" variant="light" size="sm" tt="none">
          {t('questions.difficulty', { value: question.difficulty })}
        </Badge>
      )}
      <EstimateBadge question={question} />
      <QuestionStatusBadge question={question} size="sm" />
      {question.scope !== 'private' && <ScopeBadge scope={question.scope} size="sm" />}
    </Group>
  );
}
