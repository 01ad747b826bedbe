import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/** A dialog whose form mounts only while it is open, so each opening starts from the saved values. */
export function FormModal({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && children}
    </Modal>
  );
}
