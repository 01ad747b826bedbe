import { endpoints, type SchoolSummary } from '@hoclieu/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ConfirmDialog } from './confirm-dialog';
import { RowActions } from './row-actions';
import { SchoolDialog } from './school-dialog';
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
  return (
    <>
      <RowActions
        label={`${t('orgAdmin.actions')}: ${school.name}`}
        actions={[
          { label: t('orgAdmin.edit'), onClick: () => setOpen('edit') },
          {
            label: school.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate'),
            color: school.active ? 'red' : 'teal',
            onClick: () => setOpen('toggle'),
          },
        ]}
      />
      {open === 'edit' && <SchoolDialog school={school} onClose={() => setOpen(null)} />}
      {open === 'toggle' && (
        <ConfirmDialog
          title={school.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate')}
          text={t(school.active ? 'orgAdmin.deactivateConfirm' : 'orgAdmin.reactivateConfirm', {
            name: school.name,
          })}
          confirmLabel={school.active ? t('orgAdmin.deactivate') : t('orgAdmin.reactivate')}
          danger={school.active}
          mutation={toggle}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
