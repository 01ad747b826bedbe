import type { ShareFigure, ShareStatus } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';

/** Traffic-light colours: reached green, on track blue, below red, no target grey. */
export const statusColors: Record<ShareStatus, string> = {
  reached: 'green',
  on_track: 'blue',
  below: 'red',
  no_target: 'gray',
};

const MINUS = '\u2212';

/** Shares, targets, gaps and periods as the reader's language writes them ("1,25 %", "−2,3 điểm %"). */
export function useShareFormat() {
  const { t, i18n } = useTranslation();
  const number = (value: number, min: number, max: number) =>
    value.toLocaleString(i18n.language, { minimumFractionDigits: min, maximumFractionDigits: max });
  const periods = (value: number) => number(value, 0, 1);
  const target = (value: number | null) => (value === null ? '—' : `${number(value * 100, 0, 2)} %`);
  return {
    /** A share 0..1 with two decimals: "1,25 %". */
    share: (value: number | null) => (value === null ? '—' : `${number(value * 100, 2, 2)} %`),
    /** A target 0..1 as the plan writes it: "4 %", "7,5 %". */
    target,
    /** A figure's target in words: "Chỉ tiêu: 4 %", or that there is none. */
    targetLine: (value: number | null) =>
      value === null ? t('reports.noTarget') : t('reports.target', { value: target(value) }),
    /** Percentage points with their sign: "−2,3 điểm %", "+0,5 điểm %". */
    gap: (points: number | null) => {
      if (points === null) return '—';
      const text = number(Math.abs(points), 1, 1);
      const zero = Number(Math.abs(points).toFixed(1)) === 0;
      const sign = zero ? '' : points < 0 ? MINUS : '+';
      return t('reports.gapUnit', { value: `${sign}${text}` });
    },
    /** Periods; the programme to date may be fractional: "1.015", "348,5". */
    periods,
    /** A figure's online and programme periods in words. */
    periodsLine: (figure: Pick<ShareFigure, 'online' | 'programme'>) =>
      t('reports.periodsLine', { online: periods(figure.online), programme: periods(figure.programme) }),
    /** A fraction of the year: "45 %". */
    percent: (value: number) => `${number(value * 100, 0, 0)} %`,
  };
}
