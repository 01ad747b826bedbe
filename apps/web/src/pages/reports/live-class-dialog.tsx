import { endpoints, liveClassInputSchema } from '@hoclieu/contracts';
import { Button, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../../app/api-context';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { NoteField } from '../../components/note-field';
import { QueryView } from '../../components/query-view';
import { vietnamToday } from '../../components/vietnam-format';
import { ClassSubjectSelects, PeriodsInput, useLessonClass, useLessonTime } from '../schools/lesson-fields';
import { invalidateReports } from './report-queries';

type Field = 'classId' | 'subjectCode' | 'date' | 'periods' | 'link' | 'note';
const fields: Field[] = ['classId', 'subjectCode', 'date', 'periods', 'link', 'note'];

/**
 * Khai báo dạy trực tuyến: a teacher records a live online lesson of a class and subject they teach,
 * with its link as evidence. It counts once the school admin confirms it.
 */
function LiveClassDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const lessonClass = useLessonClass(opened);
  const { query: classes, teaching } = lessonClass;
  const { classId, subjectCode } = lessonClass.picked;
  const { date, setDate, periods, setPeriods } = useLessonTime();
  const [link, setLink] = useState('');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<Set<Field>>(new Set());

  const add = useMutation({
    mutationFn: (body: z.output<typeof liveClassInputSchema>) =>
      api.call(endpoints.reports.addLiveClass, { body }),
    onSuccess: () => {
      invalidateReports(queryClient);
      notifications.show({ color: 'teal', message: t('liveClass.sent') });
      setLink('');
      setNote('');
      onClose();
    },
  });

  const submit = () => {
    const parsed = liveClassInputSchema.safeParse({
      classId: classId ?? '',
      subjectCode: subjectCode ?? '',
      date,
      periods: typeof periods === 'number' ? periods : Number.NaN,
      link: link.trim(),
      note,
    });
    if (!parsed.success) {
      setInvalid(
        new Set(parsed.error.issues.flatMap((issue) => fields.filter((field) => field === issue.path[0]))),
      );
      return;
    }
    setInvalid(new Set());
    add.mutate(parsed.data);
  };
  const error = (field: Field) => (invalid.has(field) ? t(`liveClass.invalid.${field}`) : undefined);

  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('liveClass.title')}>
      <QueryView query={classes}>
        {() =>
          teaching.length === 0 ? (
            <Text c="dimmed">{t('liveClass.noClasses')}</Text>
          ) : (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                submit();
              }}
            >
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('liveClass.hint')}
                </Text>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  <ClassSubjectSelects
                    of={lessonClass}
                    labels={{ class: t('liveClass.class'), subject: t('liveClass.subject') }}
                    classLabel={(item) => item.name}
                    errors={{ classId: error('classId'), subjectCode: error('subjectCode') }}
                  />
                  <DateField
                    label={t('liveClass.date')}
                    withAsterisk
                    value={date}
                    max={vietnamToday()}
                    onChange={setDate}
                    error={error('date')}
                  />
                  <PeriodsInput
                    label={t('liveClass.periods')}
                    value={periods}
                    onChange={setPeriods}
                    error={error('periods')}
                  />
                </SimpleGrid>
                <TextInput
                  type="url"
                  label={t('liveClass.link')}
                  placeholder={t('liveClass.linkPlaceholder')}
                  withAsterisk
                  value={link}
                  onChange={(event) => setLink(event.currentTarget.value)}
                  error={error('link')}
                />
                <NoteField
                  label={t('liveClass.note')}
                  maxLength={500}
                  value={note}
                  onChange={setNote}
                  error={error('note')}
                />
                {add.isError && <ErrorAlert error={add.error} />}
                <FormButtons onCancel={onClose} saving={add.isPending} label={t('liveClass.submit')} />
              </Stack>
            </form>
          )
        }
      </QueryView>
    </Modal>
  );
}

/** The button on a teacher's "Lớp của tôi" page that opens the declaration. */
export function LiveClassButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('liveClass.open')}
      </Button>
      <LiveClassDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
