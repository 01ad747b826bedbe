import { type ReportLevel, reportLevels, type ShareStatus, shareStatusSchema } from '@hoclieu/contracts';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { SchoolYearSelect } from '../school-years/school-year-select';
import type { OnlineShareSearch } from './report-search';

interface ReportFiltersProps {
  search: OnlineShareSearch;
  /** The report's own school year and date, shown when the address names none. */
  shown: { schoolYear: string; asOf: string };
  onChange: (patch: Partial<OnlineShareSearch>) => void;
  /** Province officers and the system admin choose a district; null hides the choice. */
  districts: { id: string; name: string }[] | null;
}

const ALL = 'all';

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
      <Select
        label={t('reports.semester')}
        value={search.semester ?? ALL}
        data={[
          { value: ALL, label: t('reports.wholeYear') },
          { value: '1', label: t('reports.semesterN', { n: 1 }) },
          { value: '2', label: t('reports.semesterN', { n: 2 }) },
        ]}
        allowDeselect={false}
        onChange={(semester) =>
          onChange({ semester: semester === '1' || semester === '2' ? semester : undefined })
        }
        w={140}
      />
      <DateField
        label={t('reports.asOf')}
        value={search.asOf ?? shown.asOf}
        onChange={(asOf) => onChange({ asOf: asOf || undefined })}
        w={170}
      />
      {districts && (
        <Select
          label={t('reports.district')}
          placeholder={t('reports.wholeProvince')}
          clearable
          value={search.districtId ?? null}
          data={districts.map((district) => ({ value: district.id, label: district.name }))}
          onChange={(districtId) => onChange({ districtId: districtId ?? undefined })}
          w={220}
        />
      )}
      <Select
        label={t('reports.levelFilter')}
        value={search.level ?? ALL}
        data={[ALL, ...reportLevels].map((level) => ({
          value: level,
          label: t(`reports.levels.${level as ReportLevel | typeof ALL}`),
        }))}
        allowDeselect={false}
        onChange={(level) => onChange({ level: level && level !== ALL ? (level as ReportLevel) : undefined })}
        w={210}
      />
      <Select
        label={t('reports.statusFilter')}
        value={search.status ?? ALL}
        data={[
          { value: ALL, label: t('reports.levels.all') },
          ...shareStatusSchema.options.map((status) => ({
            value: status,
            label: t(`reports.statuses.${status}`),
          })),
        ]}
        allowDeselect={false}
        onChange={(status) =>
          onChange({ status: status && status !== ALL ? (status as ShareStatus) : undefined })
        }
        w={180}
      />
    </Group>
  );
}
