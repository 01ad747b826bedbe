import { endpoints } from '@hoclieu/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useRouteRecord } from '../../api/use-api-query';
import { DetailColumns } from '../../components/detail-columns';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { AssignLessonDialog } from './assign-lesson-dialog';
import { EditMaterialForm } from './edit-material-dialog';
import { FilePreviews } from './file-preview';
import { useSubjectLine } from './material-card';
import { MaterialFacts } from './material-facts';
import { MaterialVersions } from './material-versions';
import { NewVersionForm } from './new-version-dialog';
import { RejectionNotice } from './rejection-notice';
import { SharingPanel } from './sharing-panel';

const route = getRouteApi('/app/hoc-lieu/$materialId');

/** One material: its files in place, what it is, its versions and where it is shared. */
export function MaterialPage() {
  const { t } = useTranslation();
  const material = useRouteRecord(route, endpoints.materials.get);
  const subjectLine = useSubjectLine();
  const [versionOpen, versionDialog] = useDisclosure(false);
  const [assignOpen, assignDialog] = useDisclosure(false);
  const [editOpen, editDialog] = useDisclosure(false);
  return (
    <QueryView query={material}>
      {(data) => {
        const current = data.versions.find((version) => version.number === data.currentVersion);
        return (
          <Stack gap={0}>
            <PageHeader
              title={data.title}
              description={`${t(`materials.types.${data.type}`)} · ${subjectLine(data)}`}
              actions={
                <Group gap="sm">
                  {data.permissions.assign && (
                    <Button variant="light" onClick={assignDialog.open}>
                      {t('assign.button')}
                    </Button>
                  )}
                  {data.permissions.edit && (
                    <Button variant="light" onClick={editDialog.open}>
                      {t('materialEdit.title')}
                    </Button>
                  )}
                  {data.permissions.edit && (
                    <Button onClick={versionDialog.open}>{t('materialDetail.newVersion')}</Button>
                  )}
                </Group>
              }
            />
            <RejectionNotice material={data} onEdit={editDialog.open} />
            <DetailColumns
              aside={[
                { title: t('sharing.title'), content: <SharingPanel material={data} /> },
                { title: t('materialDetail.about'), content: <MaterialFacts material={data} /> },
                { title: t('materialDetail.versions'), content: <MaterialVersions material={data} /> },
              ]}
            >
              <Stack gap="lg">
                {data.description && (
                  <PageSection title={t('materialForm.description')}>
                    <Text style={{ whiteSpace: 'pre-line' }}>{data.description}</Text>
                  </PageSection>
                )}
                <PageSection title={t('materialDetail.preview')}>
                  <FilePreviews materialId={data.id} files={current?.files ?? []} />
                </PageSection>
              </Stack>
            </DetailColumns>
            {data.permissions.edit && (
              <FormModal opened={editOpen} onClose={editDialog.close} title={t('materialEdit.title')}>
                <EditMaterialForm material={data} onClose={editDialog.close} />
              </FormModal>
            )}
            {data.permissions.edit && (
              <FormModal
                opened={versionOpen}
                onClose={versionDialog.close}
                title={t('materialDetail.newVersion')}
              >
                <NewVersionForm material={data} onClose={versionDialog.close} />
              </FormModal>
            )}
            {data.permissions.assign && (
              <AssignLessonDialog materialId={data.id} opened={assignOpen} onClose={assignDialog.close} />
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}
