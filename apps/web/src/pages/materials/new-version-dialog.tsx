import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { FileDropZone } from './file-drop-zone';
import { UploadList } from './upload-list';
import { useFileUploads } from './use-file-uploads';
import { useMaterialChanged } from './use-material-changed';

/** Tải phiên bản mới: new files (and those kept from the current version) become the next version. */
export function NewVersionForm({ material, onClose }: { material: MaterialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useMaterialChanged();
  const uploads = useFileUploads();
  const [keepFileIds, setKeepFileIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const currentFiles = material.versions.find((v) => v.number === material.currentVersion)?.files ?? [];
  const save = useMutation({
    mutationFn: () =>
      api.call(endpoints.materials.addVersion, {
        params: { materialId: material.id },
        body: { uploadIds: uploads.storedIds, keepFileIds, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
    onSuccess: (detail) => {
      changed(detail);
      notifications.show({ color: 'teal', message: t('materialDetail.versionSaved') });
      onClose();
    },
  });
  return (
    <Stack gap="sm">
      <FileDropZone onFiles={uploads.add} />
      <UploadList items={uploads.items} onRemove={uploads.remove} />
      {currentFiles.length > 0 && (
        <Checkbox.Group label={t('materialDetail.keepFiles')} value={keepFileIds} onChange={setKeepFileIds}>
          <Stack gap={4} mt={4}>
            {currentFiles.map((file) => (
              <Checkbox key={file.id} value={file.id} label={file.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Textarea
        label={t('materialDetail.versionNote')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <FormButtons
        onCancel={onClose}
        onSubmit={() => save.mutate()}
        saving={save.isPending}
        disabled={uploads.busy}
        label={t('materialDetail.saveVersion')}
      >
        {uploads.busy && (
          <Text size="sm" c="dimmed">
            {t('materialForm.waitUploads')}
          </Text>
        )}
      </FormButtons>
    </Stack>
  );
}
