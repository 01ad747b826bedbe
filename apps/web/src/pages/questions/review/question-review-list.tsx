import type { QuestionSummary } from '@hoclieu/contracts';
import { htmlLabel } from '@hoclieu/domain';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { authorLine } from '../../../components/sharing/author-line';
import { ReapprovalBadge, ReviewQueue } from '../../../components/sharing/review-queue-item';
import { useVietnamFormat } from '../../../components/vietnam-format';
import { useQuestionSubjectLine } from '../bank/question-card';
import { OpenQuestionLink } from '../open-question-link';
import { QuestionBadges } from '../view/question-badges';
import { QuestionReviewActions } from './question-review-actions';

/** A question's name in the queue: the start of its stem. */
const title = (question: QuestionSummary) => htmlLabel(question.stem, 80);

/** What the reviewer judges at a glance: badges, the stem, where it comes from, and the way to the full question. */
function QueuedQuestion({ question }: { question: QuestionSummary }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const subjectLine = useQuestionSubjectLine();
  return (
    <>
      <Group gap="xs">
        <QuestionBadges question={question} />
        <ReapprovalBadge item={question} />
      </Group>
      <RichContent html={question.stem} className="question-card-stem" />
      <Text size="xs" c="dimmed">
        {subjectLine(question)} · {authorLine(question)} · {when.date(question.updatedAt)}
      </Text>
      <OpenQuestionLink questionId={question.id}>{t('questionReview.openFull')}</OpenQuestionLink>
    </>
  );
}

/** Questions waiting for this reviewer: the stem to judge at a glance, the full question one click away. */
export function QuestionReviewList({ items }: { items: QuestionSummary[] }) {
  const { t } = useTranslation();
  return (
    <ReviewQueue
      items={items}
      label={title}
      gap={6}
      empty={t('questionReview.empty')}
      actions={(question) => <QuestionReviewActions question={question} title={title(question)} />}
    >
      {(question) => <QueuedQuestion question={question} />}
    </ReviewQueue>
  );
}
