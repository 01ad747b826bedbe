import type { QuestionSummary } from '@hoclieu/contracts';
import { averageSuccess, type DifficultyBand, difficultyBand } from '@hoclieu/domain';
import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Estimated = Pick<QuestionSummary, 'estimatedDifficulty' | 'difficultyAnswers'>;

const bandColors: Record<DifficultyBand, string> = { easy: 'teal', medium: 'yellow', hard: 'red' };

/**
 * The difficulty estimated from students' answers in words: dễ / trung bình / khó, the share an
 * average student gets right and the count of answers behind it; null before the first answer.
 */
export function useEstimate() {
  const { t } = useTranslation();
  return ({ estimatedDifficulty: difficulty, difficultyAnswers: count }: Estimated) => {
    if (difficulty === null) return null;
    const band = difficultyBand(difficulty);
    const percent = Math.round(averageSuccess(difficulty) * 100);
    return {
      band,
      text: t('estimate.badge', { band: t(`estimate.bands.${band}`), percent, count }),
      hint: t('estimate.hint', { percent }),
    };
  };
}

/** The estimate as a badge (bank cards); nothing before the first answer. */
export function EstimateBadge({ question, ...props }: { question: Estimated } & BadgeProps) {
  const estimate = useEstimate()(question);
  if (!estimate) return null;
  return (
    <Tooltip label={estimate.hint} multiline w={280} withArrow>
      <Badge
        color={bandColors[estimate.band]}
        variant="dot"
        size="sm"
        tt="none"
        data-testid="estimate-badge"
        {...props}
      >
        {estimate.text}
      </Badge>
    </Tooltip>
  );
}
