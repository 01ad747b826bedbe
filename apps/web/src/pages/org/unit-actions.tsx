import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';
import { RowActions } from './row-actions';
import { UnitDialog, type UnitValues } from './unit-dialog';
import { useOrgMutation } from './use-org-mutation';

interface UnitActionsProps {
  unit: { name: string; active: boolean };
  renameTitle: string;
  change: (body: { name?: string; active?: boolean }) => Promise<unknown>;
}

/** "Đổi tên" and "Ngừng hoạt động" / "Mở lại" for a province or a district office. */
export function UnitActions({ unit, renameTitle, change }: UnitActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'rename' | 'toggle' | null>(null);
  const rename = useOrgMutation(({ name }: UnitValues) => change({ name }));
  const toggle = useOrgMutation(() => change({ active: !unit.active }));
  return (
    <>
      <RowActions
        label={`${t('orgAdmin.actions')}: ${unit.name}`}
        actions={[
          { label: t('orgAdmin.rename'), onClick: () => setOpen('rename') },
          {
            label: unit.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate'),
            color: unit.active ? 'red' : 'teal',
            onClick: () => setOpen('toggle'),
          },
        ]}
      />
      {open === 'rename' && (
        <UnitDialog
          title={renameTitle}
          withCode={false}
          initialName={unit.name}
          mutation={rename}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'toggle' && (
        <ConfirmDialog
          title={unit.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate')}
          text={t(unit.active ? 'orgAdmin.deactivateConfirm' : 'orgAdmin.reactivateConfirm', {
            name: unit.name,
          })}
          confirmLabel={unit.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate')}
          danger={unit.active}
          mutation={toggle}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
