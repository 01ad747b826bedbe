import type { QuestionSummary } from '@hoclieu/contracts';
import { htmlLabel } from '@hoclieu/domain';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { authorLine } from '../../../components/sharing/author-line';
import { ReapprovalBadge, ReviewQueueItem } from '../../../components/sharing/review-queue-item';
import { useVietnamFormat } from '../../../components/vietnam-format';
import { useQuestionSubjectLine } from '../bank/question-card';
import { OpenQuestionLink } from '../open-question-link';
import { QuestionBadges } from '../view/question-badges';
import { QuestionReviewActions } from './question-review-actions';

/** Questions waiting for this reviewer: the stem to judge at a glance, the full question one click away. */
export function QuestionReviewList({ items }: { items: QuestionSummary[] }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const subjectLine = useQuestionSubjectLine();
  if (items.length === 0) return <Text c="dimmed">{t('questionReview.empty')}</Text>;
  return (
    <Stack gap="sm">
      {items.map((question) => {
        const title = htmlLabel(question.stem, 80);
        return (
          <ReviewQueueItem
            key={question.id}
            item={question}
            label={title}
            gap={6}
            actions={<QuestionReviewActions question={question} title={title} />}
          >
            <Group gap="xs">
              <QuestionBadges question={question} />
              <ReapprovalBadge item={question} />
            </Group>
            <RichContent html={question.stem} className="question-card-stem" />
            <Text size="xs" c="dimmed">
              {subjectLine(question)} · {authorLine(question)} · {when.date(question.updatedAt)}
            </Text>
            <OpenQuestionLink questionId={question.id}>{t('questionReview.openFull')}</OpenQuestionLink>
          </ReviewQueueItem>
        );
      })}
    </Stack>
  );
}
