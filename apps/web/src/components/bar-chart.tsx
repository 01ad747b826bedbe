import { Text } from '@mantine/core';
import { useId } from 'react';

const WIDTH = 600;
const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 28;

interface Bar {
  key: string;
  value: number;
  /** Under the bar: the month, the score range. */
  label: string;
  /** Above the bar, formatted for the reader. */
  valueText: string;
  /** The bar's tooltip. */
  title: string;
}

interface BarChartProps {
  bars: Bar[];
  caption: string;
  /** Column headings of the table screen readers get instead of the picture. */
  labelHeading: string;
  valueHeading: string;
  dataTestId: string;
  /** Said instead of the chart when there are no bars ("Chưa có điểm"). */
  empty?: string;
}

/** Plain SVG bars (no chart library) with the same numbers in a table for screen readers. */
export function BarChart({ bars, caption, labelHeading, valueHeading, dataTestId, empty }: BarChartProps) {
  const captionId = useId();
  if (bars.length === 0 && empty !== undefined) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const highest = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.65);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <figure style={{ margin: 0 }} aria-labelledby={captionId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        style={{ maxHeight: 260, display: 'block' }}
        data-testid={dataTestId}
      >
        <title>{caption}</title>
        <line
          x1={0}
          x2={WIDTH}
          y1={HEIGHT - BOTTOM}
          y2={HEIGHT - BOTTOM}
          stroke="var(--mantine-color-gray-4)"
        />
        {bars.map((bar, index) => {
          const height = (bar.value / highest) * plot;
          const x = index * slot + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={bar.key} data-key={bar.key} data-count={bar.value}>
              <rect x={x} y={y} width={barWidth} height={height} rx={3} fill="var(--mantine-color-teal-6)">
                <title>{bar.title}</title>
              </rect>
              {bar.value > 0 && (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" fontSize={12} fill="currentColor">
                  {bar.valueText}
                </text>
              )}
              <text
                x={index * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize={bars.length > 10 ? 9 : 11}
                fill="var(--mantine-color-dimmed)"
              >
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Text component="figcaption" id={captionId} size="sm" c="dimmed" ta="center">
        {caption}
      </Text>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th>{labelHeading}</th>
            <th>{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <td>{bar.label}</td>
              <td>{bar.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
