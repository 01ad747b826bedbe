import { endpoints, type SchoolSummary } from '@hoclieu/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { RowActions } from './row-actions';
import { SchoolDialog } from './school-dialog';
import { SwitchConfirmDialog, switchAction, useActiveSwitch } from './state-switch';
import { useOrgMutation } from './use-org-mutation';

/** "Sửa" and "Ngừng hoạt động" / "Mở lại" on a school row. */
export function SchoolActions({ school }: { school: SchoolSummary }) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState<'edit' | 'toggle' | null>(null);
  const toggle = useOrgMutation(() =>
    api.call(endpoints.orgManagement.updateSchool, {
      params: { schoolId: school.id },
      body: { active: !school.active },
    }),
  );
  const activeSwitch = useActiveSwitch()(school);
  return (
    <>
      <RowActions
        label={`${t('orgAdmin.actions')}: ${school.name}`}
        actions={[
          { label: t('orgAdmin.edit'), onClick: () => setOpen('edit') },
          switchAction(activeSwitch, () => setOpen('toggle')),
        ]}
      />
      {open === 'edit' && <SchoolDialog school={school} onClose={() => setOpen(null)} />}
      {open === 'toggle' && (
        <SwitchConfirmDialog change={activeSwitch} mutation={toggle} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
