import { endpoints } from '@hoclieu/contracts';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../app/api-context';
import { deviceHeaders } from '../../quiz-app/device-id';
import { openQuizPage, type StartedAttempt } from '../../quiz-app/open-quiz-page';

/** Làm bài / Làm lại: starts (or resumes) an attempt and opens the quiz page with the paper just received. */
export function useStartAttempt() {
  const api = useApi();
  return useMutation({
    mutationFn: async (assignmentId: string): Promise<StartedAttempt> => {
      const requestedAt = Date.now();
      const view = await api.call(endpoints.assessments.start, {
        params: { assignmentId },
        headers: deviceHeaders(),
      });
      return { view, requestedAt };
    },
    // A full navigation: the quiz page is its own light entry. The list is read afresh on return.
    onSuccess: openQuizPage,
  });
}
