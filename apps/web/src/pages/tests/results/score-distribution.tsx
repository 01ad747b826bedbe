import type { AssignmentResults } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoreFormat } from '../format';

const WIDTH = 600;
const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 28;

/** Phân bố điểm as plain SVG bars (no chart library), with the same numbers in a table for screen readers. */
export function ScoreDistribution({ buckets }: { buckets: AssignmentResults['distribution'] }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const captionId = useId();
  if (buckets.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('testResults.noScores')}
      </Text>
    );
  }
  const highest = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const slot = WIDTH / buckets.length;
  const barWidth = Math.max(4, slot * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  const range = (bucket: (typeof buckets)[number]) => `${score(bucket.from)}–${score(bucket.to)}`;
  return (
    <figure style={{ margin: 0 }} aria-labelledby={captionId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        style={{ maxHeight: 260, display: 'block' }}
        data-testid="score-distribution"
      >
        <title>{t('testResults.distributionCaption')}</title>
        <line
          x1={0}
          x2={WIDTH}
          y1={HEIGHT - BOTTOM}
          y2={HEIGHT - BOTTOM}
          stroke="var(--mantine-color-gray-4)"
        />
        {buckets.map((bucket, index) => {
          const height = (bucket.count / highest) * plot;
          const x = index * slot + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={`${bucket.from}-${bucket.to}`} data-count={bucket.count}>
              <rect x={x} y={y} width={barWidth} height={height} rx={3} fill="var(--mantine-color-teal-6)">
                <title>{t('testResults.bucket', { range: range(bucket), count: bucket.count })}</title>
              </rect>
              {bucket.count > 0 && (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" fontSize={12} fill="currentColor">
                  {bucket.count}
                </text>
              )}
              <text
                x={index * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize={buckets.length > 10 ? 9 : 11}
                fill="var(--mantine-color-dimmed)"
              >
                {range(bucket)}
              </text>
            </g>
          );
        })}
      </svg>
      <Text component="figcaption" id={captionId} size="sm" c="dimmed" ta="center">
        {t('testResults.distributionCaption')}
      </Text>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th>{t('testResults.scoreRange')}</th>
            <th>{t('testResults.studentCount')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={`${bucket.from}-${bucket.to}`}>
              <td>{range(bucket)}</td>
              <td>{bucket.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
