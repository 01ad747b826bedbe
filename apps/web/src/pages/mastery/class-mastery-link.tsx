import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { useSession } from '../../session/session-context';

/** The class page's way to the mastery table, for those the API lets follow the class's practice. */
export function ClassMasteryLink({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const { role } = useSession().user;
  if (role !== 'teacher' && role !== 'school_admin') return null;
  return (
    <RouterButton to="/lop/$classId/thanh-thao" params={{ classId }} variant="light">
      {t('mastery.open')}
    </RouterButton>
  );
}
