import { endpoints } from '@hoclieu/contracts';
import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageSection } from '../../components/page-section';
import { FileDropZone } from './file-drop-zone';
import { emptyMaterialFields, invalidFields, type MaterialFields, typeOfCategory } from './material-fields';
import { MaterialForm } from './material-form';
import { UploadList } from './upload-list';
import { useFileUploads } from './use-file-uploads';
import { useMaterialChanged } from './use-material-changed';

/** Thêm học liệu: metadata and files on one page; "Lưu" creates the material and its first version. */
export function NewMaterialPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const changed = useMaterialChanged();
  const [fields, setFields] = useState<MaterialFields>(emptyMaterialFields);
  const [typeChosen, setTypeChosen] = useState(false);
  const uploads = useFileUploads();
  // Kept across a failed save, so trying again adds the files instead of a second material.
  const createdId = useRef<string | null>(null);

  // The first file the server took (in the order added) suggests the type, until the author picks one.
  const lead = uploads.items.find((item) => item.phase !== 'refused' && item.phase !== 'failed');
  const firstCategory = lead?.phase === 'stored' ? (lead.upload?.category ?? null) : null;
  useEffect(() => {
    const suggested = typeOfCategory(firstCategory);
    if (!typeChosen && suggested) setFields((current) => ({ ...current, type: suggested }));
  }, [firstCategory, typeChosen]);

  const save = useMutation({
    mutationFn: async () => {
      createdId.current ??= (await api.call(endpoints.materials.create, { body: fields })).id;
      const materialId = createdId.current;
      if (uploads.storedIds.length === 0)
        return api.call(endpoints.materials.get, { params: { materialId } });
      return api.call(endpoints.materials.addVersion, {
        params: { materialId },
        body: { uploadIds: uploads.storedIds },
      });
    },
    onSuccess: (material) => {
      changed(material);
      notifications.show({ color: 'teal', message: t('materialForm.created') });
      void navigate({ to: '/hoc-lieu/$materialId', params: { materialId: material.id } });
    },
  });

  const onChange = (patch: Partial<MaterialFields>) => {
    if (patch.type) setTypeChosen(true);
    setFields((current) => ({ ...current, ...patch }));
  };

  return (
    <Stack gap={0}>
      <PageHeader title={t('materialForm.title')} description={t('materialForm.intro')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <PageSection title={t('materialForm.details')} titleGap="md">
            <MaterialForm value={fields} onChange={onChange} invalid={invalidFields(save.error)} />
          </PageSection>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PageSection title={t('materialForm.files')} titleGap="md">
            <Stack gap="sm">
              <FileDropZone onFiles={uploads.add} />
              <UploadList items={uploads.items} onRemove={uploads.remove} />
            </Stack>
          </PageSection>
        </Grid.Col>
      </Grid>
      <Stack gap="sm" mt="lg">
        {save.isError && <ErrorAlert error={save.error} />}
        <Group gap="sm">
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={uploads.busy}>
            {t('materialForm.save')}
          </Button>
          {uploads.busy && (
            <Text size="sm" c="dimmed">
              {t('materialForm.waitUploads')}
            </Text>
          )}
        </Group>
      </Stack>
    </Stack>
  );
}
