import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';
import type { RowAction } from './row-actions';

/** Turning a row off (or back on): the action's words and colour, and the question the dialog asks. */
export interface StateSwitch {
  label: string;
  color: 'red' | 'teal';
  question: string;
  /** Turning off is the dangerous way (its confirm button is red). */
  turnsOff: boolean;
}

/** Deactivating (or reopening) a province, a district office or a school. */
export function useActiveSwitch() {
  const { t } = useTranslation();
  return (unit: { name: string; active: boolean }): StateSwitch => ({
    label: unit.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate'),
    color: unit.active ? 'red' : 'teal',
    question: t(unit.active ? 'orgAdmin.deactivateConfirm' : 'orgAdmin.reactivateConfirm', {
      name: unit.name,
    }),
    turnsOff: unit.active,
  });
}

/** The row action that opens the switch's confirmation. */
export const switchAction = (change: StateSwitch, open: () => void): RowAction => ({
  label: change.label,
  color: change.color,
  onClick: open,
});

/** Asks before the switch; the action's label is the dialog's title and its confirm button. */
export function SwitchConfirmDialog({
  change,
  ...dialog
}: { change: StateSwitch } & Pick<Parameters<typeof ConfirmDialog>[0], 'mutation' | 'onClose'>) {
  return (
    <ConfirmDialog
      title={change.label}
      text={change.question}
      confirmLabel={change.label}
      danger={change.turnsOff}
      {...dialog}
    />
  );
}
