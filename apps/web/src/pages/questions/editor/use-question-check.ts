import { endpoints, type QuestionContent, type ResponseOf } from '@hoclieu/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { endpointKey } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';

export type CheckResult = ResponseOf<typeof endpoints.questions.check>;

/** Long enough not to ask on every keystroke, short enough to warn before the author moves on. */
const TYPING_PAUSE_MS = 800;

/**
 * Content problems and near-duplicates of the question being written, asked again once typing
 * pauses, and `checkNow` for the save button. The content is compared as JSON: a new object with the
 * same content must not restart the pause.
 */
export function useQuestionCheck(content: QuestionContent, excludeId?: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const json = JSON.stringify(content);
  const [settled] = useDebouncedValue(json, TYPING_PAUSE_MS);
  const options = useCallback(
    (contentJson: string) => {
      const body = {
        content: JSON.parse(contentJson) as QuestionContent,
        ...(excludeId ? { excludeId } : {}),
      };
      return {
        queryKey: endpointKey(endpoints.questions.check, { query: body }),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          api.call(endpoints.questions.check, { body, signal }),
        staleTime: 60_000,
      };
    },
    [api, excludeId],
  );
  const query = useQuery({
    ...options(settled),
    enabled: content.stem.trim() !== '',
    placeholderData: keepPreviousData,
  });
  const checkNow = useCallback(
    () => queryClient.fetchQuery(options(json)) as Promise<CheckResult>,
    [queryClient, options, json],
  );
  return {
    result: content.stem.trim() === '' ? undefined : query.data,
    checking: query.isFetching,
    checkNow,
  };
}
