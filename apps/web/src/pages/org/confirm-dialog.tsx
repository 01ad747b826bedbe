import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

/** What the dialog needs of a mutation (any result type). */
interface Confirmable {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  mutateAsync: (variables: undefined) => Promise<unknown>;
}

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  danger?: boolean;
  mutation: Confirmable;
  onClose: () => void;
}

/** Confirms a change such as deactivating a unit or disabling an account; shows its error in place. */
export function ConfirmDialog({ title, text, confirmLabel, danger, mutation, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            loading={mutation.isPending}
            onClick={() => void mutation.mutateAsync(undefined).then(onClose, () => undefined)}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
