import type { AssignmentResults } from '@hoclieu/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ItemStats = AssignmentResults['items'][number];

function usePercent() {
  const { i18n } = useTranslation();
  return (share: number) =>
    share.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
}

/** A short answer's typed answers, most frequent first: the correct filled, partial credit light. */
export function ShortAnswerResponses({ responses }: { responses: NonNullable<ItemStats['responses']> }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <Group gap={4} role="group" aria-label={t('examResults.responses')} data-testid="short-answer-responses">
      {responses.top.map((r) => {
        const kind = r.credit >= 1 ? 'correct' : r.credit > 0 ? 'partial' : 'wrong';
        const label =
          kind === 'correct'
            ? t('examResults.responseCorrect', { text: r.text, count: r.count })
            : kind === 'partial'
              ? t('examResults.responsePartial', { text: r.text, count: r.count, percent: percent(r.credit) })
              : t('examResults.response', { text: r.text, count: r.count });
        return (
          <Badge
            key={r.text}
            tt="none"
            variant={kind === 'correct' ? 'filled' : kind === 'partial' ? 'light' : 'outline'}
            color={kind === 'correct' ? 'teal' : kind === 'partial' ? 'yellow' : 'gray'}
            data-credit={kind}
            aria-label={label}
            title={label}
            maw={220}
          >
            {r.text}: {r.count}
            {kind === 'correct' ? ' ✓' : kind === 'partial' ? ` (${percent(r.credit)})` : ''}
          </Badge>
        );
      })}
      {responses.other > 0 && (
        <Badge tt="none" variant="outline" color="gray">
          {t('examResults.responseOther')}: {responses.other}
        </Badge>
      )}
      {responses.blank > 0 && (
        <Badge tt="none" variant="outline" color="gray">
          {t('essayGrading.blank')}: {responses.blank}
        </Badge>
      )}
    </Group>
  );
}

/** An essay's graded scores in bands of the points, and how many are still to grade. */
export function EssayScoreBands({ bands }: { bands: NonNullable<ItemStats['essayBands']> }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const range = (from: number, to: number) =>
    to === 0 ? t('examResults.bandZero') : `${percent(from)}–${percent(to)}`;
  return (
    <Group gap={4} role="group" aria-label={t('examResults.essayBands')} data-testid="essay-bands">
      {bands.bands.map((b) => (
        <Badge
          key={`${b.from}-${b.to}`}
          tt="none"
          variant="outline"
          color={b.count > 0 ? 'blue' : 'gray'}
          aria-label={t('examResults.band', { range: range(b.from, b.to), count: b.count })}
        >
          {range(b.from, b.to)}: {b.count}
        </Badge>
      ))}
      {bands.ungraded > 0 && (
        <Badge tt="none" variant="light" color="orange" data-testid="essay-ungraded">
          {t('examResults.ungraded')}: {bands.ungraded}
        </Badge>
      )}
    </Group>
  );
}

/** Under the facility: how many answers wait for grading and are left out of it. */
export function UngradedNote({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Text size="xs" c="orange.8" mt={2}>
      {t('examResults.ungradedNote', { count })}
    </Text>
  );
}
