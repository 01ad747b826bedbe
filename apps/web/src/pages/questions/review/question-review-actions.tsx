import { endpoints, type QuestionDetail } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ReviewDecisionButtons } from '../../../components/review-decision-buttons';
import { useQuestionChanged } from '../use-question-changed';

interface QuestionReviewActionsProps {
  question: { id: string };
  /** How the reviewer knows the question in the dialog's title (its stem, shortened). */
  title: string;
  size?: 'xs' | 'sm';
}

/** Duyệt, or Từ chối with a reason the author reads on the question's page. */
export function QuestionReviewActions({ question, title, size }: QuestionReviewActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useQuestionChanged();
  return (
    <ReviewDecisionButtons<QuestionDetail>
      title={title}
      size={size}
      reasonHint={t('questionReview.reasonHint')}
      decide={(body) => api.call(endpoints.questions.decide, { params: { questionId: question.id }, body })}
      onDecided={changed}
    />
  );
}
