import { endpoints, type SchoolSummary } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ActiveRowActions } from './active-row-actions';
import { SchoolDialog } from './school-dialog';
import { useOrgMutation } from './use-org-mutation';

/** "Sửa" and "Ngừng hoạt động" / "Mở lại" on a school row. */
export function SchoolActions({ school }: { school: SchoolSummary }) {
  const { t } = useTranslation();
  const api = useApi();
  const toggle = useOrgMutation(() =>
    api.call(endpoints.orgManagement.updateSchool, {
      params: { schoolId: school.id },
      body: { active: !school.active },
    }),
  );
  return (
    <ActiveRowActions
      row={school}
      edit={{
        label: t('orgAdmin.edit'),
        dialog: (onClose) => <SchoolDialog school={school} onClose={onClose} />,
      }}
      toggle={toggle}
    />
  );
}
