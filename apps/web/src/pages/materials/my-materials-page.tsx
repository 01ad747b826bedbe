import { Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-links';
import { MaterialBrowser } from './material-browser';

const route = getRouteApi('/app/hoc-lieu/cua-toi');

/** Học liệu của tôi: the library limited to the viewer's own materials, with their sharing status. */
export function MyMaterialsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('materials.mineTitle')}
        description={t('materials.mineIntro')}
        actions={<RouterButton to="/hoc-lieu/moi">{t('materials.add')}</RouterButton>}
      />
      <MaterialBrowser
        mine
        route={route}
        empty={
          <Stack gap="sm" align="flex-start">
            <Text c="dimmed">{t('materials.emptyMine')}</Text>
            <RouterButton to="/hoc-lieu/moi" variant="light">
              {t('materials.add')}
            </RouterButton>
          </Stack>
        }
      />
    </>
  );
}
