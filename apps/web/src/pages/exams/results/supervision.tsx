import { type AttemptSupervision, endpoints } from '@hoclieu/contracts';
import { VIETNAM_TIME_ZONE } from '@hoclieu/domain';
import { Alert, Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { endpointKey, useApiQuery } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryView } from '../../../components/query-view';
import { RightDrawer } from '../../../components/right-drawer';
import type { StudentRow } from './student-sort';

/** "45 giây", "3 phút 5 giây", "1 giờ 2 phút". */
function formatDuration(ms: number, t: TFunction): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return t('supervision.hours', { h, m });
  if (m > 0) return t('supervision.minutes', { m, s });
  return t('supervision.seconds', { s });
}

/** An event's instant in Vietnam's time, to the second: absences are short. */
const clockTimes = new Map<string, Intl.DateTimeFormat>();
function clockTimeOf(language: string): Intl.DateTimeFormat {
  const known = clockTimes.get(language);
  if (known) return known;
  const format = new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'vi-VN', {
    timeZone: VIETNAM_TIME_ZONE,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    day: '2-digit',
    month: '2-digit',
  });
  clockTimes.set(language, format);
  return format;
}

/** The results table's cell: absences, device changes, and a refused device waiting for an unlock. */
export function SupervisionCell({ student, onOpen }: { student: StudentRow; onOpen: () => void }) {
  const { t } = useTranslation();
  const s = student.supervision;
  if (!s || !student.attemptId) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="xs">
        {s.awayCount > 0
          ? t('supervision.away', { count: s.awayCount, duration: formatDuration(s.awayMs, t) })
          : t('supervision.awayNone')}
      </Text>
      {s.deviceChanges > 0 && (
        <Text size="xs" c="orange.8">
          {t('supervision.deviceChanges', { count: s.deviceChanges })}
        </Text>
      )}
      {s.deviceBlocked && (
        <Badge color="red" variant="light" tt="none">
          {t('supervision.blocked')}
        </Badge>
      )}
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={onOpen}
        aria-label={t('supervision.openOf', { name: student.fullName })}
      >
        {t('supervision.open')}
      </Button>
    </Stack>
  );
}

function eventLine(event: AttemptSupervision['events'][number], t: TFunction): string {
  const parts = [t(`supervision.kinds.${event.kind}`)];
  if (event.kind === 'hidden' || event.kind === 'blur')
    parts.push(
      event.durationMs === null
        ? t('supervision.stillAway')
        : t('supervision.lasted', { duration: formatDuration(event.durationMs, t) }),
    );
  if (event.device !== null) parts.push(t('supervision.device', { number: event.device }));
  return parts.join(' · ');
}

/**
 * One attempt's log for the teacher: every absence with its length, device changes and refusals,
 * and the unlock when "one device per attempt" refuses the student's new device.
 */
export function SupervisionTimeline({ attemptId }: { attemptId: string }) {
  const { t, i18n } = useTranslation();
  const clockTime = clockTimeOf(i18n.language);
  const api = useApi();
  const queryClient = useQueryClient();
  const key = endpointKey(endpoints.assessments.attemptEvents, { params: { attemptId } });
  const events = useApiQuery(endpoints.assessments.attemptEvents, { params: { attemptId } });
  const unlock = useMutation({
    mutationFn: () => api.call(endpoints.assessments.unlockDevice, { params: { attemptId } }),
    onSuccess: (supervision) => {
      queryClient.setQueryData(key, supervision);
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.results) });
      notifications.show({ color: 'teal', message: t('supervision.unlocked') });
    },
  });
  return (
    <QueryView query={events}>
      {(data) => (
        <Stack gap="sm" component="section" aria-label={t('supervision.timeline')}>
          <Group justify="space-between">
            <Text fw={600}>{t('supervision.timeline')}</Text>
            {data.oneDevice && (
              <Badge variant="light" tt="none">
                {t('supervision.oneDevice')}
              </Badge>
            )}
          </Group>
          {data.deviceBlocked && (
            <Alert color="red" variant="light">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('supervision.unlockHint')}</Text>
                <Button size="xs" color="red" loading={unlock.isPending} onClick={() => unlock.mutate()}>
                  {t('supervision.unlock')}
                </Button>
              </Stack>
            </Alert>
          )}
          {unlock.error && <ErrorAlert error={unlock.error} />}
          {data.events.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('supervision.empty')}
            </Text>
          ) : (
            <Timeline bulletSize={12} lineWidth={2}>
              {data.events.map((event, index) => (
                <Timeline.Item
                  // Events have no id on the wire; their order is fixed by the server.
                  key={`${event.at}-${index}`}
                  color={event.kind.startsWith('device_') ? 'orange' : 'gray'}
                  title={<Text size="sm">{eventLine(event, t)}</Text>}
                >
                  <Text size="xs" c="dimmed">
                    {clockTime.format(new Date(event.at))}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
          <Text size="xs" c="dimmed">
            {t('supervision.privacy')}
          </Text>
        </Stack>
      )}
    </QueryView>
  );
}

/** The log of an attempt still open (or any attempt) from the results table. */
export function SupervisionDrawer({
  student,
  onClose,
}: {
  student: StudentRow & { attemptId: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <RightDrawer onClose={onClose} size="md" title={t('supervision.title', { name: student.fullName })}>
      <SupervisionTimeline attemptId={student.attemptId} />
    </RightDrawer>
  );
}
