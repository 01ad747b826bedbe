import { Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';

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
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <FormButtons
          onCancel={onClose}
          onSubmit={() => void mutation.mutateAsync(undefined).then(onClose, () => undefined)}
          saving={mutation.isPending}
          color={danger ? 'red' : undefined}
          label={confirmLabel}
        />
      </Stack>
    </Modal>
  );
}
