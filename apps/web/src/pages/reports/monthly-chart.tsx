import type { OnlineShareReport } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const WIDTH = 600;
const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 28;

/** "2026-09" as a short month of the reader's language ("thg 9 2026" / "Sep 2026"). */
function useMonthLabel() {
  const { i18n } = useTranslation();
  return (month: string) => {
    const match = /^(\d{4})-(\d{2})/.exec(month);
    if (!match) return month;
    const date = new Date(Number(match[1]), Number(match[2]) - 1, 1);
    return date.toLocaleDateString(i18n.language, { month: 'numeric', year: 'numeric' });
  };
}

/** Online periods per month as plain SVG bars, with the same numbers in a table for screen readers. */
export function MonthlyChart({ months }: { months: OnlineShareReport['monthly'] }) {
  const { t, i18n } = useTranslation();
  const monthLabel = useMonthLabel();
  const captionId = useId();
  if (months.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.noMonthly')}
      </Text>
    );
  }
  const highest = Math.max(1, ...months.map((month) => month.online));
  const slot = WIDTH / months.length;
  const barWidth = Math.max(4, slot * 0.6);
  const plot = HEIGHT - TOP - BOTTOM;
  const count = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  return (
    <figure style={{ margin: 0 }} aria-labelledby={captionId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        style={{ maxHeight: 260, display: 'block' }}
        data-testid="monthly-chart"
      >
        <title>{t('reports.monthly')}</title>
        <line
          x1={0}
          x2={WIDTH}
          y1={HEIGHT - BOTTOM}
          y2={HEIGHT - BOTTOM}
          stroke="var(--mantine-color-gray-4)"
        />
        {months.map((month, index) => {
          const height = (month.online / highest) * plot;
          const x = index * slot + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={month.month} data-month={month.month} data-count={month.online}>
              <rect x={x} y={y} width={barWidth} height={height} rx={3} fill="var(--mantine-color-teal-6)">
                <title>
                  {t('reports.monthlyBar', { month: monthLabel(month.month), count: count(month.online) })}
                </title>
              </rect>
              {month.online > 0 && (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" fontSize={12} fill="currentColor">
                  {count(month.online)}
                </text>
              )}
              <text
                x={index * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize={months.length > 10 ? 9 : 11}
                fill="var(--mantine-color-dimmed)"
              >
                {monthLabel(month.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <Text component="figcaption" id={captionId} size="sm" c="dimmed" ta="center">
        {t('reports.monthly')}
      </Text>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th>{t('reports.month')}</th>
            <th>{t('reports.periods')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <td>{monthLabel(month.month)}</td>
              <td>{count(month.online)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
