import type { ShareFigure } from '@hoclieu/contracts';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormulaText } from './formula-text';
import { FormulaButton, StatusBadge } from './share-figure';
import { statusColors, useShareFormat } from './share-format';

/** One figure in a line: share, target, periods, status and the formula written out. */
export function FigureLine({ figure, name }: { figure: ShareFigure; name: string }) {
  const { t } = useTranslation();
  const format = useShareFormat();
  const formula = useFormulaText();
  return (
    <Box role="group" aria-label={name}>
      <Group gap="sm" align="baseline" wrap="wrap">
        <Text fz={24} fw={700} c={statusColors[figure.status]} data-testid="share">
          {format.share(figure.share)}
        </Text>
        <Text size="sm">
          {figure.target === null
            ? t('reports.noTarget')
            : t('reports.target', { value: format.target(figure.target) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('reports.periodsLine', {
            online: format.periods(figure.online),
            programme: format.periods(figure.programme),
          })}
        </Text>
        <StatusBadge status={figure.status} />
        <FormulaButton figure={figure} name={name} />
      </Group>
      <Text size="sm" c="dimmed" mt={4} data-testid="figure-formula">
        {formula.share(figure)}
      </Text>
    </Box>
  );
}
