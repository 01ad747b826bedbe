import { endpoints } from '@hoclieu/contracts';
import { Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { QueryView } from '../../components/query-view';
import { vietnamToday } from '../../components/vietnam-format';

interface AssignLessonDialogProps {
  materialId: string;
  opened: boolean;
  onClose: () => void;
}

/** Giao cho lớp: an online lesson in a class and subject the teacher teaches (from "my classes"). */
export function AssignLessonDialog({ materialId, opened, onClose }: AssignLessonDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const classes = useApiQuery(endpoints.org.myClasses, {}, { enabled: opened });
  const [classId, setClassId] = useState<string | null>(null);
  const [subjectCode, setSubjectCode] = useState<string | null>(null);
  const [date, setDate] = useState(() => vietnamToday());
  const [periods, setPeriods] = useState<number | string>(1);
  const teaching = (classes.data?.items ?? []).filter((item) => item.subjects.length > 0);
  const chosenClass = teaching.find((item) => item.id === classId);
  const assign = useMutation({
    mutationFn: () =>
      api.call(endpoints.materials.assignOnline, {
        params: { materialId },
        body: { classId: classId ?? '', subjectCode: subjectCode ?? '', date, periods: Number(periods) },
      }),
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: t('assign.done', { className: chosenClass?.name ?? '' }),
      });
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('assign.title')}>
      <QueryView query={classes}>
        {() =>
          teaching.length === 0 ? (
            <Text c="dimmed">{t('assign.noClasses')}</Text>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                assign.mutate();
              }}
            >
              <Stack gap="sm">
                <Select
                  label={t('assign.class')}
                  withAsterisk
                  value={classId}
                  data={teaching.map((item) => ({
                    value: item.id,
                    label: `${item.name} · ${item.school.name}`,
                  }))}
                  onChange={(value) => {
                    setClassId(value);
                    const subjects = teaching.find((item) => item.id === value)?.subjects ?? [];
                    setSubjectCode(subjects.length === 1 ? (subjects[0]?.code ?? null) : null);
                  }}
                />
                <Select
                  label={t('assign.subject')}
                  withAsterisk
                  value={subjectCode}
                  data={(chosenClass?.subjects ?? []).map((subject) => ({
                    value: subject.code,
                    label: subject.name,
                  }))}
                  onChange={setSubjectCode}
                  disabled={!chosenClass}
                />
                <Group grow gap="sm">
                  <DateField label={t('assign.date')} withAsterisk value={date} onChange={setDate} />
                  <NumberInput
                    label={t('assign.periods')}
                    withAsterisk
                    min={1}
                    max={10}
                    value={periods}
                    onChange={setPeriods}
                  />
                </Group>
                {assign.isError && <ErrorAlert error={assign.error} />}
                <FormButtons
                  onCancel={onClose}
                  saving={assign.isPending}
                  disabled={!classId || !subjectCode}
                  label={t('assign.submit')}
                />
              </Stack>
            </form>
          )
        }
      </QueryView>
    </Modal>
  );
}
