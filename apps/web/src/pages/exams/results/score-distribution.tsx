import type { AssignmentResults } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/bar-chart';
import { useScoreFormat } from '../format';

/** Phân bố điểm: students per score range. */
export function ScoreDistribution({ buckets }: { buckets: AssignmentResults['distribution'] }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  return (
    <BarChart
      dataTestId="score-distribution"
      caption={t('examResults.distributionCaption')}
      labelHeading={t('examResults.scoreRange')}
      valueHeading={t('examResults.studentCount')}
      empty={t('examResults.noScores')}
      bars={buckets.map((bucket) => {
        const range = `${score(bucket.from)}–${score(bucket.to)}`;
        return {
          key: `${bucket.from}-${bucket.to}`,
          value: bucket.count,
          label: range,
          valueText: String(bucket.count),
          title: t('examResults.bucket', { range, count: bucket.count }),
        };
      })}
    />
  );
}
