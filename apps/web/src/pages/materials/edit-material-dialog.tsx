import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { Alert, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { invalidFields, type MaterialFields } from './material-fields';
import { MaterialForm } from './material-form';
import { useMaterialChanged } from './use-material-changed';

/** The saved metadata as the form edits it. */
function fieldsOf(material: MaterialDetail): MaterialFields {
  return {
    title: material.title,
    description: material.description,
    type: material.type,
    level: material.level,
    grade: material.grade,
    subjectCode: material.subject?.code ?? null,
    topicIds: material.topics.map((topic) => topic.id),
    tags: material.tags,
    licence: material.licence,
  };
}

/** Sửa học liệu: title, description, metadata, topics and licence of a saved material. */
export function EditMaterialForm({ material, onClose }: { material: MaterialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useMaterialChanged();
  const [fields, setFields] = useState<MaterialFields>(() => fieldsOf(material));
  const save = useMutation({
    mutationFn: () =>
      api.call(endpoints.materials.update, { params: { materialId: material.id }, body: fields }),
    onSuccess: (detail) => {
      changed(detail);
      const waiting = (detail.approval?.pendingChanges.length ?? 0) > 0;
      notifications.show({
        color: 'teal',
        message: t(waiting ? 'materialEdit.savedPending' : 'materialEdit.saved'),
      });
      onClose();
    },
  });
  const shared = material.scope !== 'private' ? material.scope : null;
  return (
    <Stack gap="md">
      {shared && (
        <Alert color="yellow" variant="light" title={t('sharing.reapproval')}>
          {t('materialEdit.reapprovalNotice', { level: t(`materials.levelOf.${shared}`) })}
        </Alert>
      )}
      <MaterialForm
        value={fields}
        onChange={(patch) => setFields((current) => ({ ...current, ...patch }))}
        invalid={invalidFields(save.error)}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <FormButtons
        onCancel={onClose}
        onSubmit={() => save.mutate()}
        saving={save.isPending}
        label={t('materialEdit.save')}
      />
    </Stack>
  );
}
