import { endpoints } from '@hoclieu/contracts';
import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { FormButtons } from '../../../components/form-buttons';
import { useQuestionChanged } from '../use-question-changed';

/** Xoá, for drafts only: an approved question stays, since exams may be using it. */
export function DeleteQuestionButton({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const changed = useQuestionChanged();
  const [opened, dialog] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: () => api.call(endpoints.questions.remove, { params: { questionId } }),
    onSuccess: () => {
      changed();
      notifications.show({ color: 'teal', message: t('questionDetail.deleted') });
      void navigate({ to: '/ngan-hang-cau-hoi' });
    },
  });
  return (
    <>
      <Button color="red" variant="light" onClick={dialog.open}>
        {t('common.delete')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('questionDetail.deleteTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('questionDetail.deleteConfirm')}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <FormButtons
            onCancel={dialog.close}
            onSubmit={() => remove.mutate()}
            saving={remove.isPending}
            color="red"
            label={t('common.delete')}
          />
        </Stack>
      </Modal>
    </>
  );
}
