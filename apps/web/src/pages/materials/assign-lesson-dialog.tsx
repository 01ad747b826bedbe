import { endpoints } from '@hoclieu/contracts';
import { Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { QueryView } from '../../components/query-view';
import { ClassSubjectSelects, PeriodsInput, useLessonClass, useLessonTime } from '../schools/lesson-fields';

interface AssignLessonDialogProps {
  materialId: string;
  opened: boolean;
  onClose: () => void;
}

/** Giao cho lớp: an online lesson in a class and subject the teacher teaches (from "my classes"). */
export function AssignLessonDialog({ materialId, opened, onClose }: AssignLessonDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const lessonClass = useLessonClass(opened);
  const { query: classes, teaching } = lessonClass;
  const { classId, subjectCode } = lessonClass.picked;
  const { date, setDate, periods, setPeriods } = useLessonTime();
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
                <ClassSubjectSelects
                  of={lessonClass}
                  labels={{ class: t('assign.class'), subject: t('assign.subject') }}
                  classLabel={(item) => `${item.name} · ${item.school.name}`}
                />
                <Group grow gap="sm">
                  <DateField label={t('assign.date')} withAsterisk value={date} onChange={setDate} />
                  <PeriodsInput label={t('assign.periods')} value={periods} onChange={setPeriods} />
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
