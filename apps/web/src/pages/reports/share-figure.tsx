import type { ShareFigure, ShareStatus } from '@hoclieu/contracts';
import { ActionIcon, Badge, Group, Popover, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrappingBadgeStyles } from '../../components/wrapping-badge';
import { useFormulaText } from './formula-text';
import { statusColors, useShareFormat } from './share-format';

export function StatusBadge({ status }: { status: ShareStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      tt="none"
      data-status={status}
      styles={wrappingBadgeStyles}
    >
      {t(`reports.statuses.${status}`)}
    </Badge>
  );
}

/** A "?" that opens how a figure was computed: every number of the report explains itself. */
export function FormulaButton({ figure, name }: { figure: ShareFigure; name: string }) {
  const { t } = useTranslation();
  const format = useShareFormat();
  const formula = useFormulaText();
  return (
    <Popover width={300} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="xs"
          radius="xl"
          aria-label={t('reports.formulaOf', { name })}
        >
          ?
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={700}>
            {t('reports.formula')}
          </Text>
          <Text size="sm" data-testid="formula">
            {formula.share(figure)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('reports.toDate', { periods: format.periods(figure.programmeToDate) })}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** A figure's share in large type, coloured by status (a report's headline number). */
export function LargeShare({ figure, fz }: { figure: ShareFigure; fz: number }) {
  const format = useShareFormat();
  return (
    <Text fz={fz} fw={700} c={statusColors[figure.status]} data-testid="share">
      {format.share(figure.share)}
    </Text>
  );
}

/** The share, coloured by status, with its formula. */
function ShareValue({ figure, name }: { figure: ShareFigure; name: string }) {
  const format = useShareFormat();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Text span fw={700} size="sm" c={statusColors[figure.status]} data-testid="share">
        {format.share(figure.share)}
      </Text>
      <FormulaButton figure={figure} name={name} />
    </Group>
  );
}

/** A figure's online periods, programme periods and share: three cells of a report row. */
export function FigureCells({ figure, name }: { figure: ShareFigure; name: string }) {
  const format = useShareFormat();
  return (
    <>
      <Table.Td ta="right">{format.periods(figure.online)}</Table.Td>
      <Table.Td ta="right">{format.periods(figure.programme)}</Table.Td>
      <Table.Td ta="right">
        <ShareValue figure={figure} name={name} />
      </Table.Td>
    </>
  );
}

/** A report row's status cell. */
export function StatusCell({ status }: { status: ShareStatus }) {
  return (
    <Table.Td>
      <StatusBadge status={status} />
    </Table.Td>
  );
}
