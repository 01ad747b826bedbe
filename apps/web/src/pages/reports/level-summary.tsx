import type { OnlineShareReport } from '@hoclieu/contracts';
import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormulaButton, LargeShare, StatusBadge } from './share-figure';
import { useShareFormat } from './share-format';

/** One card per level (primary, secondary, THCS, THPT): share, target, status and the formula. */
export function LevelSummary({ levels }: { levels: OnlineShareReport['levels'] }) {
  const { t } = useTranslation();
  const format = useShareFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" className="report-summary">
      {levels.map(({ level, figure }) => {
        const label = t(`reports.levels.${level}`);
        return (
          <Paper key={level} withBorder p="md" radius="md" role="group" aria-label={label}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {label}
              </Text>
              <FormulaButton figure={figure} name={label} />
            </Group>
            <LargeShare figure={figure} fz={28} />
            <Text size="sm">{format.targetLine(figure.target)}</Text>
            <Text size="xs" c="dimmed" mb={6}>
              {format.periodsLine(figure)}
            </Text>
            <StatusBadge status={figure.status} />
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
