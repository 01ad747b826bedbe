import type { OnlineShareReport } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/bar-chart';

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

/** Online periods per month. */
export function MonthlyChart({ months }: { months: OnlineShareReport['monthly'] }) {
  const { t, i18n } = useTranslation();
  const monthLabel = useMonthLabel();
  if (months.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.noMonthly')}
      </Text>
    );
  }
  const count = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  return (
    <BarChart
      testId="monthly-chart"
      caption={t('reports.monthly')}
      labelHeading={t('reports.month')}
      valueHeading={t('reports.periods')}
      bars={months.map((month) => ({
        key: month.month,
        value: month.online,
        label: monthLabel(month.month),
        valueText: count(month.online),
        title: t('reports.monthlyBar', { month: monthLabel(month.month), count: count(month.online) }),
      }))}
    />
  );
}
