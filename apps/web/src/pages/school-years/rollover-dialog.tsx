import { endpoints, type RolloverResult, type SchoolYear } from '@hoclieu/contracts';
import { Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { useSession } from '../../session/session-context';

const figures = [
  'schools',
  'schoolsAlreadyRolled',
  'classesMoved',
  'classesLeaving',
  'studentsMoved',
  'studentsLeaving',
] as const;

/** What a roll-over would move (preview) or moved (result), as a two-column table. */
function RolloverFigures({ result }: { result: RolloverResult }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const rows: [string, string][] = figures.map((key) => [t(`schoolYears.${key}`), number(result[key])]);
  if (!result.preview) {
    rows.push([t('schoolYears.teachingCarried'), number(result.teachingCarried)]);
    rows.push([t('schoolYears.duration'), `${number(result.durationMs / 1000)} s`]);
  }
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {t(result.preview ? 'schoolYears.previewTitle' : 'schoolYears.resultTitle', {
          from: result.fromYear,
        })}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/**
 * Rolls the actor's unit over into `year`: a school admin their school, an officer every school of
 * their unit. A preview first shows how many classes move and leave; then the roll-over runs.
 */
export function RolloverDialog({ year, onClose }: { year: SchoolYear; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [carryTeaching, setCarryTeaching] = useState(true);
  const [result, setResult] = useState<RolloverResult | null>(null);
  const run = useMutation({
    mutationFn: (preview: boolean) =>
      api.call(endpoints.schoolYears.rollover, {
        params: { yearId: year.id },
        body: { carryTeaching, preview },
      }),
    onSuccess: async (answer) => {
      setResult(answer);
      if (!answer.preview) await queryClient.invalidateQueries();
    },
  });
  const done = result !== null && !result.preview;
  return (
    <Modal opened onClose={onClose} title={t('schoolYears.rolloverTitle', { code: year.code })} centered>
      <Stack gap="sm">
        <Text size="sm">{t('schoolYears.rolloverIntro')}</Text>
        <Text size="sm" c="dimmed">
          {t(
            user.role === 'school_admin'
              ? 'schoolYears.rolloverScopeSchool'
              : 'schoolYears.rolloverScopeUnit',
          )}
        </Text>
        <Checkbox
          label={t('schoolYears.carryTeaching')}
          checked={carryTeaching}
          disabled={done}
          onChange={(event) => setCarryTeaching(event.currentTarget.checked)}
        />
        {result && <RolloverFigures result={result} />}
        {run.isError && <ErrorAlert error={run.error} />}
        <Group justify="flex-end">
          {done ? (
            <Button onClick={onClose}>{t('common.close')}</Button>
          ) : (
            <>
              <Button
                variant="default"
                loading={run.isPending && run.variables}
                onClick={() => run.mutate(true)}
              >
                {t('schoolYears.preview')}
              </Button>
              <Button
                disabled={result === null}
                loading={run.isPending && !run.variables}
                onClick={() => run.mutate(false)}
              >
                {t('schoolYears.confirm')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
