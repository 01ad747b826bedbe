import { endpoints, type QuestionDetail } from '@hoclieu/contracts';
import { endpointKey } from '../../api/use-api-query';
import { useIndexedChange } from '../../api/use-indexed-change';

const detailKey = (detail: QuestionDetail) =>
  endpointKey(endpoints.questions.get, { params: { questionId: detail.id } });
const listKeys = [endpointKey(endpoints.questions.search), endpointKey(endpoints.questions.reviewQueue)];

/** After a change to questions: show the new detail at once and refresh every list that may hold it. */
export const useQuestionChanged = () => useIndexedChange(detailKey, listKeys);
