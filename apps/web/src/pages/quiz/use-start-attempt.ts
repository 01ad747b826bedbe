import { endpoints } from '@hoclieu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { attemptQueryKey, type LoadedAttempt } from './attempt-query';

/** Làm bài / Làm lại: starts (or resumes) an attempt and opens it with the paper just received. */
export function useStartAttempt() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (assignmentId: string): Promise<LoadedAttempt> => {
      const requestedAt = Date.now();
      const view = await api.call(endpoints.assessments.start, { params: { assignmentId } });
      return { view, requestedAt };
    },
    onSuccess: (loaded) => {
      queryClient.setQueryData(attemptQueryKey(loaded.view.id), loaded);
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.listAssignments) });
      void navigate({ to: '/lam-bai/$attemptId', params: { attemptId: loaded.view.id } });
    },
  });
}
