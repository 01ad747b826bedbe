import { endpoints } from '@hoclieu/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';

interface SchoolYearSelectProps {
  /** The chosen year's code; undefined: the current year. */
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  w?: number;
}

/**
 * The school years that exist, newest first, the current one chosen by default: past years stay one
 * choice away, and a year that does not exist cannot be asked for.
 */
export function SchoolYearSelect({ value, onChange, w = 150 }: SchoolYearSelectProps) {
  const { t } = useTranslation();
  const years = useApiQuery(endpoints.org.listSchoolYears, {});
  const items = years.data?.items ?? [];
  const current = items.find((year) => year.isCurrent)?.code;
  const data = items.map((year) => ({
    value: year.code,
    label: year.closedAt ? `${year.code} (${t('schoolYears.closed').toLowerCase()})` : year.code,
  }));
  if (value && !items.some((year) => year.code === value)) data.push({ value, label: value });
  return (
    <Select
      label={t('schoolYears.picker')}
      value={value ?? current ?? null}
      data={data}
      allowDeselect={false}
      onChange={(code) => onChange(code && code !== current ? code : undefined)}
      w={w}
    />
  );
}
