import { endpoints } from '@hoclieu/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';

/** Add, rename and delete chapters/lessons; each success reloads the tree. */
export function useTopicChanges(subjectCode: string, grade: number) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const onSuccess = (message: string) => () => {
    notifications.show({ color: 'teal', message });
    return queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.curriculum.listTopics) });
  };
  const create = useMutation({
    mutationFn: ({ parentId, title }: { parentId: string | null; title: string }) =>
      api.call(endpoints.curriculum.createTopic, { body: { subjectCode, grade, parentId, title } }),
    onSuccess: onSuccess(t('curriculum.saved')),
  });
  const rename = useMutation({
    mutationFn: ({ topicId, title }: { topicId: string; title: string }) =>
      api.call(endpoints.curriculum.updateTopic, { params: { topicId }, body: { title } }),
    onSuccess: onSuccess(t('curriculum.saved')),
  });
  const remove = useMutation({
    mutationFn: (topicId: string) => api.call(endpoints.curriculum.deleteTopic, { params: { topicId } }),
    onSuccess: onSuccess(t('curriculum.deleted')),
  });
  return { create, rename, remove };
}
