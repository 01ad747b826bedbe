import { Modal, type ModalProps, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

interface DialogFormProps extends Omit<ModalProps, 'opened' | 'onSubmit'> {
  opened?: boolean;
  /** Called on submit (Enter in a field or the submit button); the page does not reload. */
  onSubmit: () => void;
  /** The space between fields. */
  gap?: 'sm' | 'md';
  children: ReactNode;
}

/** A dialog around one form, its fields stacked; open while mounted unless `opened` says otherwise. */
export function DialogForm({ opened = true, onSubmit, gap = 'sm', children, ...modal }: DialogFormProps) {
  return (
    <Modal opened={opened} {...modal}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap={gap}>{children}</Stack>
      </form>
    </Modal>
  );
}
