import type { AssignmentResults } from '@hoclieu/contracts';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keyboardScrollable } from '../../../components/keyboard-scrollable';
import { ListTable } from '../../../components/list-table';
import { useScoreFormat } from '../format';
import { EssayScoreBands, ShortAnswerResponses, UngradedNote } from './item-responses';
import {
  discriminationBand,
  discriminationColors,
  facilityBand,
  facilityColors,
  optionEntries,
  versionLines,
} from './item-stats';

type ItemStats = AssignmentResults['items'][number];

/** Thống kê từng câu: độ khó p, độ phân biệt D, and how often each option was chosen (the key highlighted). */
export function ItemStatsTable({ items }: { items: ItemStats[] }) {
  const { t, i18n } = useTranslation();
  const score = useScoreFormat();
  const ratio = (value: number) =>
    value.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <Stack gap="xs">
      <ListTable
        withTableBorder
        verticalSpacing="xs"
        aria-label={t('examResults.itemStats')}
        items={items}
        scroll={{
          minWidth: 760,
          scrollAreaProps: { viewportProps: keyboardScrollable(t('examResults.itemStats')) },
        }}
        columns={[
          t('examResults.itemColumns.number'),
          t('examResults.itemColumns.type'),
          { label: t('examResults.itemColumns.max'), ta: 'right' },
          t('examResults.itemColumns.facility'),
          t('examResults.itemColumns.discrimination'),
          t('examResults.itemColumns.options'),
        ]}
      >
        {(item) => (
          <Table.Tr key={item.key} data-testid={`item-stats-${item.key}`}>
            <Table.Td fw={700}>{item.number}</Table.Td>
            <Table.Td>{t(`questions.types.${item.type}`)}</Table.Td>
            <Table.Td ta="right">{score(item.max)}</Table.Td>
            <Table.Td>
              {item.facility === null ? (
                item.ungraded > 0 ? (
                  <Badge variant="light" tt="none" color="orange">
                    {t('examResults.noneGraded')}
                  </Badge>
                ) : (
                  '—'
                )
              ) : (
                <Badge
                  variant="light"
                  tt="none"
                  color={facilityColors[facilityBand(item.facility)]}
                  title={t(`examResults.facilityBands.${facilityBand(item.facility)}`)}
                >
                  {ratio(item.facility)} · {t(`examResults.facilityBands.${facilityBand(item.facility)}`)}
                </Badge>
              )}
              <UngradedNote count={item.ungraded} />
            </Table.Td>
            <Table.Td>
              {item.discrimination === null ? (
                '—'
              ) : (
                <Badge
                  variant="light"
                  tt="none"
                  color={discriminationColors[discriminationBand(item.discrimination)]}
                >
                  {ratio(item.discrimination)} ·{' '}
                  {t(`examResults.discriminationBands.${discriminationBand(item.discrimination)}`)}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {item.responses && <ShortAnswerResponses responses={item.responses} />}
              {item.essayBands && <EssayScoreBands bands={item.essayBands} />}
              <Group gap={4}>
                {optionEntries(item.optionCounts, item.correctLabels).map((option) => (
                  <Badge
                    key={option.label}
                    variant={option.correct ? 'filled' : 'outline'}
                    color={option.correct ? 'teal' : 'gray'}
                    tt="none"
                    data-correct={option.correct || undefined}
                    aria-label={
                      option.correct
                        ? t('examResults.optionCorrect', { label: option.label, count: option.count })
                        : t('examResults.option', { label: option.label, count: option.count })
                    }
                  >
                    {option.label === 'blank' ? t('essayGrading.blank') : option.label}: {option.count}
                    {option.correct ? ' ✓' : ''}
                  </Badge>
                ))}
              </Group>
              {item.versions.length > 0 && (
                <Stack gap={0} mt={4} data-testid={`item-versions-${item.key}`}>
                  {versionLines(item.versions).map((v) => (
                    <Text key={v.code} size="xs" c="dimmed">
                      {t('examResults.versionLetters', { code: v.code, number: v.number })}
                      {v.moved ? ` · ${v.moved}` : ''}
                    </Text>
                  ))}
                </Stack>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      </ListTable>
      <Text size="xs" c="dimmed">
        {t('examResults.statsLegend')}
      </Text>
    </Stack>
  );
}
