import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OwnSchool } from './own-school';
import { SchoolFacts } from './school-facts';

/**
 * The home page of a teacher or a student: their classes under `classesTitle`, what the role adds,
 * then their school's facts and `footer`.
 */
export function SchoolMemberHome({
  classesTitle,
  children,
  footer,
}: {
  classesTitle: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <OwnSchool>
      {(school) => (
        <Stack gap="md">
          <Title order={2} fz="h4">
            {classesTitle}
          </Title>
          {children}
          <SchoolFacts schoolId={school.id} title={t('home.yourSchool')} />
          {footer}
        </Stack>
      )}
    </OwnSchool>
  );
}
