import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { LiveClassButton } from '../reports/live-class-dialog';
import { ClassesByGrade } from './classes-by-grade';
import { MyClassesList } from './my-classes-list';

/** A teacher's own classes first, then every class of their school by grade. */
export function MyClassesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('classes.title')}
        description={t('classes.subtitle', { school: user.school.name })}
        actions={user.role === 'teacher' ? <LiveClassButton /> : undefined}
      />
      {user.role === 'teacher' && (
        <section aria-labelledby="teaching">
          <Title order={2} fz="h4" mb="sm" id="teaching">
            {t('classes.teaching')}
          </Title>
          <MyClassesList linkToClass empty={t('common.noData')} />
        </section>
      )}
      <section aria-labelledby="of-school">
        <Title order={2} fz="h4" mb="sm" id="of-school">
          {t('classes.ofSchool')}
        </Title>
        <ClassesByGrade schoolId={user.school.id} />
      </section>
    </Stack>
  );
}
