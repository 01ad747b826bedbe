import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from './row-actions';
import { SwitchConfirmDialog, switchAction, useActiveSwitch } from './state-switch';
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
  const activeSwitch = useActiveSwitch()(unit);
  return (
    <>
      <RowActions
        label={`${t('orgAdmin.actions')}: ${unit.name}`}
        actions={[
          { label: t('orgAdmin.rename'), onClick: () => setOpen('rename') },
          switchAction(activeSwitch, () => setOpen('toggle')),
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
        <SwitchConfirmDialog change={activeSwitch} mutation={toggle} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
