import { type ExamDetail, endpoints, releasePolicySchema } from '@hoclieu/contracts';
import { lastSaveAt } from '@hoclieu/domain';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey, useApiQuery } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { DateField } from '../../../components/date-field';
import { ErrorAlert } from '../../../components/error-alert';
import { FormButtons } from '../../../components/form-buttons';
import { QueryView } from '../../../components/query-view';
import { fromVietnamInput, toVietnamInput, useVietnamFormat } from '../../../components/vietnam-format';
import { PeriodsInput } from '../../schools/lesson-fields';
import { MinutesInput } from '../minutes-input';
import { assignableClasses } from './assignable-classes';

/** An opening or closing time, typed as Vietnam's clock reads it. */
function VietnamTimeField(
  props: Omit<ComponentProps<typeof DateField>, 'kind' | 'description' | 'withAsterisk'>,
) {
  const { t } = useTranslation();
  return (
    <DateField kind="datetime-local" description={t('assignExam.vietnamTime')} withAsterisk {...props} />
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;
const FIVE_MINUTES_MS = 5 * 60 * 1000;

/** The next whole five minutes after now: an exam opens at 07:35, not 07:33:12. */
function nextFiveMinutes(now = Date.now()): Date {
  return new Date(Math.ceil((now + 60_000) / FIVE_MINUTES_MS) * FIVE_MINUTES_MS);
}
type ReleasePolicy = (typeof releasePolicySchema.options)[number];

interface AssignExamDialogProps {
  exam: ExamDetail;
  opened: boolean;
  onClose: () => void;
}

interface ExtraTime {
  studentId: string | null;
  minutes: number | string;
}

/** The students of the chosen classes, for extra time (one request per class, cached). */
function useStudentsOf(classIds: string[]) {
  const api = useApi();
  const details = useQueries({
    queries: classIds.map((classId) => ({
      queryKey: endpointKey(endpoints.org.getClass, { params: { classId } }),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.call(endpoints.org.getClass, { params: { classId }, signal }),
    })),
  });
  return details.flatMap((detail) =>
    detail.data ? [{ className: detail.data.name, students: detail.data.students }] : [],
  );
}

/**
 * Giao bài: the classes (those the teacher teaches this subject in), when it opens and closes, time
 * allowed, attempts, when students see results, periods counted online, and extra time per student.
 */
export function AssignExamDialog({ exam, opened, onClose }: AssignExamDialogProps) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const api = useApi();
  const queryClient = useQueryClient();
  const classes = useApiQuery(endpoints.org.myClasses, {}, { enabled: opened });
  const [classIds, setClassIds] = useState<string[]>([]);
  // Both fields are Vietnam's wall clock, whatever the device's zone.
  const [opensAt, setOpensAt] = useState(() => toVietnamInput(nextFiveMinutes()));
  const [closesAt, setClosesAt] = useState(() =>
    toVietnamInput(new Date(nextFiveMinutes().getTime() + DAY_MS)),
  );
  const [timeLimit, setTimeLimit] = useState<number | string>(exam.durationMinutes);
  const [attempts, setAttempts] = useState<number | string>(1);
  const [releasePolicy, setReleasePolicy] = useState<ReleasePolicy>('after_close');
  const [periods, setPeriods] = useState<number | string>(1);
  const [extraTime, setExtraTime] = useState<ExtraTime[]>([]);
  const [oneDevice, setOneDevice] = useState(false);
  const studentsByClass = useStudentsOf(classIds);

  const teaching = assignableClasses(classes.data?.items ?? [], exam);
  const opens = fromVietnamInput(opensAt);
  const closes = fromVietnamInput(closesAt);
  const timesWrong = opens !== null && closes !== null && closes <= opens;
  const ready = classIds.length > 0 && opens !== null && closes !== null && !timesWrong;
  const extraEntries = extraTime.flatMap(({ studentId, minutes }) =>
    studentId && Number(minutes) > 0 ? [{ studentId, minutes: Number(minutes) }] : [],
  );
  // When the keys can reach students at the earliest: the server's own rule, shown with the choice.
  const keysAt =
    closes !== null && releasePolicy !== 'practice'
      ? lastSaveAt({ closesAt: new Date(closes), extraTime: extraEntries }).toISOString()
      : null;

  const assign = useMutation({
    mutationFn: () =>
      api.call(endpoints.assessments.assign, {
        params: { examId: exam.id },
        body: {
          classIds,
          opensAt: opens ?? '',
          closesAt: closes ?? '',
          timeLimitMinutes: Number(timeLimit),
          attemptsAllowed: Number(attempts),
          releasePolicy,
          periods: Number(periods),
          extraTime: extraEntries,
          oneDevice,
        },
      }),
    onSuccess: (assignment) => {
      for (const endpoint of [
        endpoints.assessments.listAssignments,
        endpoints.assessments.getExam,
        endpoints.assessments.listExams,
      ]) {
        void queryClient.invalidateQueries({ queryKey: endpointKey(endpoint) });
      }
      notifications.show({
        color: 'teal',
        message: t('assignExam.done', { classes: assignment.classes.map((item) => item.name).join(', ') }),
      });
      onClose();
    },
  });

  const chosenStudents = new Set(extraTime.map((row) => row.studentId));
  const studentOptions = (current: string | null) =>
    studentsByClass.map(({ className, students }) => ({
      group: className,
      items: students
        .filter((student) => student.id === current || !chosenStudents.has(student.id))
        .map((student) => ({ value: student.id, label: student.fullName })),
    }));

  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('assignExam.title', { title: exam.title })}>
      <QueryView query={classes}>
        {() =>
          teaching.length === 0 ? (
            <Text c="dimmed">
              {t('assignExam.noClasses', { subject: exam.subject.name, grade: exam.grade })}
            </Text>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (ready) assign.mutate();
              }}
            >
              <Stack gap="sm">
                <MultiSelect
                  label={t('assignExam.classes')}
                  withAsterisk
                  value={classIds}
                  data={teaching.map((item) => ({
                    value: item.id,
                    label: `${item.name} · ${t('questions.grade', { grade: item.grade })}`,
                  }))}
                  onChange={(ids) => {
                    setClassIds(ids);
                    setExtraTime([]);
                  }}
                />
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  <VietnamTimeField label={t('assignExam.opensAt')} value={opensAt} onChange={setOpensAt} />
                  <VietnamTimeField
                    label={t('assignExam.closesAt')}
                    value={closesAt}
                    onChange={setClosesAt}
                    error={timesWrong ? t('assignExam.closesBeforeOpens') : undefined}
                  />
                  <MinutesInput
                    label={t('assignExam.timeLimit')}
                    max={600}
                    value={timeLimit}
                    onChange={setTimeLimit}
                  />
                  <NumberInput
                    label={t('assignExam.attempts')}
                    min={1}
                    max={10}
                    allowDecimal={false}
                    value={attempts}
                    onChange={setAttempts}
                  />
                </SimpleGrid>
                <Radio.Group
                  label={t('assignExam.release')}
                  value={releasePolicy}
                  onChange={(value) => setReleasePolicy(releasePolicySchema.parse(value))}
                >
                  <Stack gap={6} mt={4}>
                    {releasePolicySchema.options.map((policy) => (
                      <Radio
                        key={policy}
                        value={policy}
                        label={t(`assignExam.releasePolicies.${policy}`)}
                        description={t(`assignExam.releaseHints.${policy}`)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                {keysAt && (
                  <Text size="sm" c="dimmed">
                    {t('assignExam.keysAt', { time: when.dateTime(keysAt) })}
                  </Text>
                )}
                {Number(attempts) > 1 && (
                  <Text size="sm" c="dimmed">
                    {t('assignExam.retakeHold')}
                  </Text>
                )}
                <PeriodsInput
                  label={t('assignExam.periods')}
                  description={t('assignExam.periodsHint')}
                  withAsterisk={false}
                  value={periods}
                  onChange={setPeriods}
                  maw={240}
                />
                <Checkbox
                  label={t('supervision.oneDevice')}
                  description={t('supervision.oneDeviceHint')}
                  checked={oneDevice}
                  onChange={(event) => setOneDevice(event.currentTarget.checked)}
                />
                <Stack gap={6}>
                  <Text size="sm" fw={500}>
                    {t('assignExam.extraTime')}
                  </Text>
                  {extraTime.map((row, index) => (
                    // Rows have no identity but their place until a student is chosen.
                    <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
                      <Select
                        aria-label={t('assignExam.extraStudent', { number: index + 1 })}
                        placeholder={t('assignExam.pickStudent')}
                        searchable
                        value={row.studentId}
                        data={studentOptions(row.studentId)}
                        onChange={(studentId) =>
                          setExtraTime(
                            extraTime.map((other, i) => (i === index ? { ...other, studentId } : other)),
                          )
                        }
                        style={{ flex: 1 }}
                      />
                      <MinutesInput
                        aria-label={t('assignExam.extraMinutes', { number: index + 1 })}
                        max={240}
                        w={110}
                        value={row.minutes}
                        onChange={(minutes) =>
                          setExtraTime(
                            extraTime.map((other, i) => (i === index ? { ...other, minutes } : other)),
                          )
                        }
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mb={4}
                        aria-label={t('assignExam.removeExtra', { number: index + 1 })}
                        onClick={() => setExtraTime(extraTime.filter((_, i) => i !== index))}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  ))}
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    style={{ alignSelf: 'flex-start' }}
                    disabled={classIds.length === 0}
                    onClick={() => setExtraTime([...extraTime, { studentId: null, minutes: 10 }])}
                  >
                    {t('assignExam.addExtra')}
                  </Button>
                </Stack>
                {assign.isError && <ErrorAlert error={assign.error} />}
                <FormButtons
                  onCancel={onClose}
                  saving={assign.isPending}
                  disabled={!ready}
                  label={t('assignExam.submit')}
                />
              </Stack>
            </form>
          )
        }
      </QueryView>
    </Modal>
  );
}
