import type { OnlineShareReport } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/bar-chart';
import { useVietnamFormat } from '../../components/vietnam-format';

/** Online periods per month. */
export function MonthlyChart({ months }: { months: OnlineShareReport['monthly'] }) {
  const { t, i18n } = useTranslation();
  const monthLabel = useVietnamFormat().month;
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
      dataTestId="monthly-chart"
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
