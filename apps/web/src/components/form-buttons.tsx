import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog form's Cancel and submitting buttons, right-aligned. The submit button submits the
 * enclosing form, or calls `onSubmit` where there is none; `children` stand before the buttons
 * (a hint such as "waiting for uploads").
 */
export function FormButtons({
  onCancel,
  saving,
  disabled = false,
  label,
  color,
  onSubmit,
  children,
}: {
  onCancel: () => void;
  saving: boolean;
  disabled?: boolean;
  /** The submit button's text: "Lưu" unless said. */
  label?: string;
  color?: string;
  onSubmit?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {children}
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        onClick={onSubmit}
        color={color}
        loading={saving}
        disabled={disabled}
      >
        {label ?? t('common.save')}
      </Button>
    </Group>
  );
}
