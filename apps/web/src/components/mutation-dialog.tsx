import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { DialogForm } from './dialog-form';
import { ErrorAlert } from './error-alert';
import { FormButtons } from './form-buttons';

/** What the dialog reads of a TanStack mutation. */
interface SavingState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface MutationDialogProps {
  title: ReactNode;
  mutation: SavingState;
  /** Saves the fields (a `mutateAsync` call); the dialog closes once it resolves. */
  save: () => Promise<unknown>;
  onClose: () => void;
  /** The submit button: disabled until the fields are valid, its words and colour ("Lưu" unless said). */
  submit?: { disabled?: boolean; label?: string; color?: string };
  children: ReactNode;
}

/**
 * A centred dialog around one form that saves through a mutation: its error above the fields,
 * Cancel and the submit button below them. A failed save keeps the dialog open with the error shown.
 */
export function MutationDialog({ title, mutation, save, onClose, submit, children }: MutationDialogProps) {
  return (
    <DialogForm
      onClose={onClose}
      title={title}
      centered
      gap="md"
      onSubmit={() => void save().then(onClose, () => undefined)}
    >
      {mutation.isError && <ErrorAlert error={mutation.error} />}
      {children}
      <FormButtons onCancel={onClose} saving={mutation.isPending} {...submit} />
    </DialogForm>
  );
}

/** A form's last row: the mutation's error when it failed, above the right-aligned submit button. */
export function MutationSubmit({ mutation, label }: { mutation: SavingState; label: string }) {
  return (
    <>
      {mutation.isError && <ErrorAlert error={mutation.error} />}
      <Group justify="flex-end">
        <Button type="submit" loading={mutation.isPending}>
          {label}
        </Button>
      </Group>
    </>
  );
}
