import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';

type School = NonNullable<ReturnType<typeof useSession>['user']['school']>;

/** What the signed-in user's school shows; one without a school (an officer) sees "no data". */
export function OwnSchool({ children }: { children: (school: School) => ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return <>{children(user.school)}</>;
}
