import { endpoints } from '@hoclieu/contracts';
import { TagsInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { DialogForm } from '../../../components/dialog-form';
import { ErrorAlert } from '../../../components/error-alert';
import { FormButtons } from '../../../components/form-buttons';
import { useQuestionChanged } from '../use-question-changed';

interface BulkTagDialogProps {
  ids: string[];
  opened: boolean;
  onClose: () => void;
}

/** Gắn thẻ: add and remove tags on many questions at once (the server changes only the viewer's own). */
export function BulkTagDialog({ ids, opened, onClose }: BulkTagDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useQuestionChanged();
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const tag = useMutation({
    mutationFn: () => api.call(endpoints.questions.bulkTag, { body: { ids, add, remove } }),
    onSuccess: ({ updated }) => {
      changed();
      notifications.show({ color: 'teal', message: t('questionBulk.tagged', { count: updated }) });
      setAdd([]);
      setRemove([]);
      onClose();
    },
  });
  return (
    <DialogForm
      opened={opened}
      onClose={onClose}
      title={t('questionBulk.tagTitle', { count: ids.length })}
      onSubmit={() => tag.mutate()}
    >
      <TagsInput
        label={t('questionBulk.addTags')}
        description={t('questionMeta.tagsHint')}
        value={add}
        onChange={setAdd}
        data-autofocus
      />
      <TagsInput label={t('questionBulk.removeTags')} value={remove} onChange={setRemove} />
      {tag.isError && <ErrorAlert error={tag.error} />}
      <FormButtons
        onCancel={onClose}
        saving={tag.isPending}
        disabled={add.length === 0 && remove.length === 0}
        label={t('questionBulk.applyTags')}
      />
    </DialogForm>
  );
}
