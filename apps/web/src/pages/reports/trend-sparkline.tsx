import { useTranslation } from 'react-i18next';
import { useShareFormat } from './share-format';

const WIDTH = 80;
const HEIGHT = 24;
const PAD = 2;

/** The cumulative share month by month as a small line; the values are its accessible name. */
export function TrendSparkline({ trend, color }: { trend: number[]; color: string }) {
  const { t } = useTranslation();
  const format = useShareFormat();
  if (trend.length === 0) return <span aria-hidden>—</span>;
  const highest = Math.max(...trend, 0.0001);
  const step = trend.length > 1 ? (WIDTH - 2 * PAD) / (trend.length - 1) : 0;
  const points = trend.map((value, index) => ({
    x: trend.length > 1 ? PAD + index * step : WIDTH / 2,
    y: HEIGHT - PAD - (value / highest) * (HEIGHT - 2 * PAD),
  }));
  const label = t('reports.trendCaption', { values: trend.map(format.share).join('; ') });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      data-testid="sparkline"
    >
      <title>{label}</title>
      <polyline
        points={points.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke={`var(--mantine-color-${color}-6)`}
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
      {points.length === 1 && (
        <circle cx={points[0]?.x} cy={points[0]?.y} r={2} fill={`var(--mantine-color-${color}-6)`} />
      )}
    </svg>
  );
}
