import { endpoints, type SchoolYear } from '@hoclieu/contracts';
import { can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { useErrorText } from '../../components/use-error-text';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useActor } from '../../session/session-context';
import { RolloverDialog } from './rollover-dialog';
import { YearForm } from './year-form';

function YearStatus({ year }: { year: SchoolYear }) {
  const { t } = useTranslation();
  if (year.isCurrent) return <Badge color="teal">{t('schoolYears.current')}</Badge>;
  if (year.closedAt) return <Badge color="gray">{t('schoolYears.closed')}</Badge>;
  return <Badge variant="light">{t('schoolYears.open')}</Badge>;
}

/**
 * `/nam-hoc`: the school years with their semesters. The Sở creates a year, makes it current and
 * closes a past one; school admins and officers roll their classes over into a year not closed.
 */
export function SchoolYearsPage() {
  const { t } = useTranslation();
  const format = useVietnamFormat();
  const api = useApi();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const actor = useActor();
  const manages = can(actor, 'school_year.manage', GLOBAL_SCOPE);
  const years = useApiQuery(endpoints.org.listSchoolYears, {});
  const [creating, setCreating] = useState(false);
  const [rolling, setRolling] = useState<SchoolYear | null>(null);
  const act = useMutation({
    mutationFn: ({ year, action }: { year: SchoolYear; action: 'current' | 'close' }) =>
      action === 'current'
        ? api.call(endpoints.schoolYears.setCurrentSchoolYear, { params: { yearId: year.id } })
        : api.call(endpoints.schoolYears.closeSchoolYear, { params: { yearId: year.id } }),
    onSuccess: (year, { action }) => {
      const message = action === 'current' ? 'schoolYears.setCurrentDone' : 'schoolYears.closeDone';
      notifications.show({ color: 'teal', message: t(message, { code: year.code }) });
      return queryClient.invalidateQueries();
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(error).text }),
  });
  const codes = years.data?.items.map((year) => year.code).sort() ?? [];
  const latest = codes.at(-1);
  // Classes roll over from the year before: the earliest year has nothing to roll from.
  const earliest = codes[0];
  return (
    <>
      <PageHeader
        title={t('schoolYears.title')}
        description={t('schoolYears.intro')}
        actions={
          manages && (
            // The new year's draft follows the latest year: not before the list is there.
            <Button disabled={!years.data} onClick={() => setCreating(true)}>
              {t('schoolYears.create')}
            </Button>
          )
        }
      />
      <QueryView query={years}>
        {({ items }) => (
          <Stack gap="sm">
            {items.length === 0 && <Text c="dimmed">{t('schoolYears.none')}</Text>}
            {items.map((year) => (
              <Card key={year.id} withBorder radius="md" padding="md">
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Title order={2} fz="h4">
                        {year.code}
                      </Title>
                      <YearStatus year={year} />
                    </Group>
                    <Text size="sm">
                      {format.day(year.startDate)} – {format.day(year.endDate)}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('schoolYears.semesters', {
                        from: format.day(year.startDate),
                        to: format.day(year.semester1End),
                        from2: format.day(year.semester2Start),
                        to2: format.day(year.endDate),
                      })}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    {!year.closedAt && year.code !== earliest && (
                      <Button size="xs" variant="light" onClick={() => setRolling(year)}>
                        {t('schoolYears.rollover')}
                      </Button>
                    )}
                    {manages && !year.isCurrent && !year.closedAt && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => act.mutate({ year, action: 'current' })}
                        >
                          {t('schoolYears.setCurrent')}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="subtle"
                          onClick={() => {
                            if (window.confirm(t('schoolYears.closeConfirm', { code: year.code })))
                              act.mutate({ year, action: 'close' });
                          }}
                        >
                          {t('schoolYears.close')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryView>
      {creating && <YearForm latest={latest} onClose={() => setCreating(false)} />}
      {rolling && <RolloverDialog year={rolling} onClose={() => setRolling(null)} />}
    </>
  );
}
