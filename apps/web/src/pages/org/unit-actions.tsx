import { useTranslation } from 'react-i18next';
import { ActiveRowActions } from './active-row-actions';
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
  const rename = useOrgMutation(({ name }: UnitValues) => change({ name }));
  const toggle = useOrgMutation(() => change({ active: !unit.active }));
  const renameDialog = (onClose: () => void) => (
    <UnitDialog
      title={renameTitle}
      withCode={false}
      initialName={unit.name}
      mutation={rename}
      onClose={onClose}
    />
  );
  return (
    <ActiveRowActions
      row={unit}
      edit={{ label: t('orgAdmin.rename'), dialog: renameDialog }}
      toggle={toggle}
    />
  );
}
