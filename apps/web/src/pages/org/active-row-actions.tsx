import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from './row-actions';
import { SwitchConfirmDialog, switchAction, useActiveSwitch } from './state-switch';

interface ActiveRowActionsProps {
  row: { name: string; active: boolean };
  /** The first action ("Sửa", "Đổi tên") and the dialog it opens, given how to close it. */
  edit: { label: string; dialog: (onClose: () => void) => ReactNode };
  /** Turns the row off, or back on. */
  toggle: Parameters<typeof SwitchConfirmDialog>[0]['mutation'];
}

/** A province's, district office's or school's row: its edit action, then "Ngừng hoạt động" / "Mở lại". */
export function ActiveRowActions({ row, edit, toggle }: ActiveRowActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'edit' | 'toggle' | null>(null);
  const activeSwitch = useActiveSwitch()(row);
  const close = () => setOpen(null);
  return (
    <>
      <RowActions
        label={`${t('orgAdmin.actions')}: ${row.name}`}
        actions={[
          { label: edit.label, onClick: () => setOpen('edit') },
          switchAction(activeSwitch, () => setOpen('toggle')),
        ]}
      />
      {open === 'edit' && edit.dialog(close)}
      {open === 'toggle' && <SwitchConfirmDialog change={activeSwitch} mutation={toggle} onClose={close} />}
    </>
  );
}
