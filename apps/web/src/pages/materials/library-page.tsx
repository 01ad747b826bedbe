import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-links';
import { useSession } from '../../session/session-context';
import { hasSection } from '../../shell/sections';
import { MaterialBrowser } from './material-browser';

const route = getRouteApi('/app/hoc-lieu');

/** Kho học liệu: everything the viewer may see, searchable and filtered by facets. */
export function LibraryPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canAdd = hasSection(user.role, 'myMaterials');
  return (
    <>
      <PageHeader
        title={t('materials.libraryTitle')}
        description={t('materials.libraryIntro')}
        actions={canAdd && <RouterButton to="/hoc-lieu/moi">{t('materials.add')}</RouterButton>}
      />
      <MaterialBrowser mine={false} route={route} empty={<Text c="dimmed">{t('materials.empty')}</Text>} />
    </>
  );
}
