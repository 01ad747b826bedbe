import { shareStatusSchema } from '@hoclieu/contracts';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { FilterSelect } from '../../components/filter-select';
import { SchoolYearSelect } from '../school-years/school-year-select';
import { ReportLevelSelect } from './report-level-select';
import type { OnlineShareSearch } from './report-search';

interface ReportFiltersProps {
  search: OnlineShareSearch;
  /** The report's own school year and date, shown when the address names none. */
  shown: { schoolYear: string; asOf: string };
  onChange: (patch: Partial<OnlineShareSearch>) => void;
  /** Province officers and the system admin choose a district; null hides the choice. */
  districts: { id: string; name: string }[] | null;
}

/** The report's period and the table's filters; all of them live in the address. */
export function ReportFilters({ search, shown, onChange, districts }: ReportFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" className="no-print" wrap="wrap">
      <SchoolYearSelect
        value={search.schoolYear ?? shown.schoolYear}
        onChange={(schoolYear) => onChange({ schoolYear })}
        w={170}
      />
      <FilterSelect
        label={t('reports.semester')}
        value={search.semester}
        allLabel={t('reports.wholeYear')}
        options={(['1', '2'] as const).map((n) => ({ value: n, label: t('reports.semesterN', { n }) }))}
        onChange={(semester) => onChange({ semester })}
        w={140}
      />
      <DateField
        label={t('reports.asOf')}
        value={search.asOf ?? shown.asOf}
        onChange={(asOf) => onChange({ asOf: asOf || undefined })}
        w={170}
      />
      {districts && (
        <FilterSelect
          label={t('reports.district')}
          placeholder={t('reports.wholeProvince')}
          value={search.districtId}
          options={districts.map((district) => ({ value: district.id, label: district.name }))}
          onChange={(districtId) => onChange({ districtId })}
          w={220}
        />
      )}
      <ReportLevelSelect label={t('reports.levelFilter')} search={search} onChange={onChange} />
      <FilterSelect
        label={t('reports.statusFilter')}
        value={search.status}
        allLabel={t('reports.levels.all')}
        options={shareStatusSchema.options.map((status) => ({
          value: status,
          label: t(`reports.statuses.${status}`),
        }))}
        onChange={(status) => onChange({ status })}
        w={180}
      />
    </Group>
  );
}
