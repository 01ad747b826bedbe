import type { Topic } from '@hoclieu/contracts';
import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationDialog } from '../../components/mutation-dialog';
import type { useTopicChanges } from './use-topic-changes';

export type TopicDialogState =
  | { action: 'create'; parentId: string | null }
  | { action: 'rename'; topic: Topic }
  | { action: 'delete'; topic: Topic };

interface TopicDialogProps {
  state: TopicDialogState;
  changes: ReturnType<typeof useTopicChanges>;
  onClose: () => void;
}

/** One modal for adding a chapter/lesson, renaming, or confirming a delete. */
export function TopicDialog({ state, changes, onClose }: TopicDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(state.action === 'rename' ? state.topic.title : '');
  const mutation =
    state.action === 'create' ? changes.create : state.action === 'rename' ? changes.rename : changes.remove;
  const heading =
    state.action === 'delete'
      ? t('common.delete')
      : state.action === 'rename'
        ? t('curriculum.rename')
        : state.parentId
          ? t('curriculum.addLesson')
          : t('curriculum.addChapter');

  async function save() {
    if (state.action === 'create')
      await changes.create.mutateAsync({ parentId: state.parentId, title: title.trim() });
    if (state.action === 'rename')
      await changes.rename.mutateAsync({ topicId: state.topic.id, title: title.trim() });
    if (state.action === 'delete') await changes.remove.mutateAsync(state.topic.id);
  }

  return (
    <MutationDialog
      title={heading}
      mutation={mutation}
      save={save}
      onClose={onClose}
      submit={{
        disabled: state.action !== 'delete' && !title.trim(),
        color: state.action === 'delete' ? 'red' : undefined,
        label: state.action === 'delete' ? t('common.delete') : t('common.save'),
      }}
    >
      {state.action === 'delete' ? (
        <Text size="sm">{t('curriculum.deleteConfirm', { title: state.topic.title })}</Text>
      ) : (
        <TextInput
          label={t('curriculum.titleLabel')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          maxLength={300}
          data-autofocus
        />
      )}
    </MutationDialog>
  );
}
