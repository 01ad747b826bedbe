import { type ClassMastery, endpoints, type TopicNode } from '@hoclieu/contracts';
import { addDays } from '@hoclieu/domain';
import { Modal, MultiSelect, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { vietnamToday } from '../../components/vietnam-format';
import { useTopicTree } from '../exams/use-topic-tree';

/** Chapters, then each chapter's lessons under it ("Chương I › Bài 2"), as picker options. */
export function topicOptions(tree: TopicNode[]): { value: string; label: string }[] {
  return tree.flatMap((chapter) => [
    { value: chapter.id, label: chapter.title },
    ...chapter.children.map((lesson) => ({ value: lesson.id, label: `${chapter.title} › ${lesson.title}` })),
  ]);
}

/** Luyện tập đến khi thành thạo: topics of a subject in view, the mastery to reach, a due day in Vietnam. */
export function GoalDialog({
  data,
  opened,
  onClose,
}: {
  data: ClassMastery;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('mastery.goalDialog', { className: data.class.name })}
      size="lg"
    >
      {opened && <GoalForm data={data} onClose={onClose} />}
    </Modal>
  );
}

function GoalForm({ data, onClose }: { data: ClassMastery; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [subjectCode, setSubjectCode] = useState<string | null>(data.subjects[0]?.code ?? null);
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [target, setTarget] = useState<number | string>(80);
  const [dueOn, setDueOn] = useState(() => addDays(vietnamToday(), 7));
  const tree = useTopicTree(subjectCode, data.class.grade);
  const options = topicOptions(tree.data?.items ?? []);
  const create = useMutation({
    mutationFn: () =>
      api.call(endpoints.mastery.createGoal, {
        params: { classId: data.class.id },
        body: { topicIds, target: Number(target) / 100, dueOn },
      }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('mastery.goalCreated') });
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.mastery.classMastery) });
      onClose();
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack gap="sm">
        {data.subjects.length > 1 && (
          <Select
            label={t('mastery.subject')}
            withAsterisk
            value={subjectCode}
            data={data.subjects.map((s) => ({ value: s.code, label: s.name }))}
            onChange={(value) => {
              setSubjectCode(value);
              setTopicIds([]);
            }}
          />
        )}
        {tree.isSuccess && options.length === 0 ? (
          <Text c="dimmed">{t('mastery.noTopics')}</Text>
        ) : (
          <MultiSelect
            label={t('mastery.goalTopics')}
            withAsterisk
            searchable
            value={topicIds}
            data={options}
            onChange={setTopicIds}
            maxValues={20}
          />
        )}
        <NumberInput
          label={t('mastery.goalTarget')}
          withAsterisk
          min={50}
          max={99}
          value={target}
          onChange={setTarget}
        />
        <DateField
          label={t('mastery.goalDue')}
          withAsterisk
          value={dueOn}
          onChange={setDueOn}
          min={vietnamToday()}
        />
        {create.isError && <ErrorAlert error={create.error} />}
        <FormButtons
          onCancel={onClose}
          saving={create.isPending}
          disabled={topicIds.length === 0 || dueOn === ''}
          label={t('mastery.newGoal')}
        />
      </Stack>
    </form>
  );
}
