import type { ShareFigure } from '@hoclieu/contracts';
import { Box, Group, Text } from '@mantine/core';
import { useFormulaText } from './formula-text';
import { FormulaButton, LargeShare, StatusBadge } from './share-figure';
import { useShareFormat } from './share-format';

/** One figure in a line: share, target, periods, status and the formula written out. */
export function FigureLine({ figure, name }: { figure: ShareFigure; name: string }) {
  const format = useShareFormat();
  const formula = useFormulaText();
  return (
    <Box role="group" aria-label={name}>
      <Group gap="sm" align="baseline" wrap="wrap">
        <LargeShare figure={figure} fz={24} />
        <Text size="sm">{format.targetLine(figure.target)}</Text>
        <Text size="sm" c="dimmed">
          {format.periodsLine(figure)}
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
