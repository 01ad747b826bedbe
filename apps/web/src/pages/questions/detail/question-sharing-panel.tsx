import { endpoints, type QuestionDetail } from '@hoclieu/contracts';
import { htmlLabel } from '@hoclieu/domain';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { SharingPanel } from '../../../components/sharing/sharing-panel';
import { ScopeBadge } from '../../materials/share-badges';
import { QuestionReviewActions } from '../review/question-review-actions';
import { useQuestionChanged } from '../use-question-changed';
import { QuestionStatusBadge } from '../view/question-badges';

/** A question's sharing: the common panel, with the question's status badge. */
export function QuestionSharingPanel({ question }: { question: QuestionDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useQuestionChanged();
  const next = question.permissions.submit && question.nextScope !== 'private' ? question.nextScope : null;
  return (
    <SharingPanel
      item={question}
      badges={
        <>
          <QuestionStatusBadge question={question} size="lg" />
          <ScopeBadge scope={question.scope} size="lg" />
        </>
      }
      nextScope={next}
      requestShare={(scope) =>
        api.call(endpoints.questions.requestShare, { params: { questionId: question.id }, body: { scope } })
      }
      onChanged={changed}
      waitingLabel={t('questionReview.waiting', {
        level: t(`materials.levelOf.${question.requestedScope ?? 'school'}`),
      })}
      reviewActions={<QuestionReviewActions question={question} title={htmlLabel(question.stem, 80)} />}
    />
  );
}
