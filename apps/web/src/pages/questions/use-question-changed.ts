import { endpoints, type QuestionDetail } from '@hoclieu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { endpointKey } from '../../api/use-api-query';

/** The search index follows a change within a second or so: lists are refreshed again after that. */
const INDEX_DELAY_MS = 1500;

/** After a change to questions: show the new detail at once and refresh every list that may hold it. */
export function useQuestionChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: QuestionDetail) => {
      if (detail) {
        queryClient.setQueryData(
          endpointKey(endpoints.questions.get, { params: { questionId: detail.id } }),
          detail,
        );
      }
      const refresh = () => {
        void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.questions.search) });
        void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.questions.reviewQueue) });
      };
      refresh();
      setTimeout(refresh, INDEX_DELAY_MS);
    },
    [queryClient],
  );
}
