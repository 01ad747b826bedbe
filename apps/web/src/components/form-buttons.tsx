import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dialog form's Cancel and submitting Save buttons, right-aligned. */
export function FormButtons({
  onCancel,
  saving,
  disabled,
}: {
  onCancel: () => void;
  saving: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
