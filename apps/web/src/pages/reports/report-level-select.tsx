import { type ReportLevel, reportLevels } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/filter-select';

/** Narrows a report to one school level (Tiểu học, THCS, THPT ...) or shows them all: the search's `level`. */
export function ReportLevelSelect({
  label,
  search,
  onChange,
}: {
  label: string;
  search: { level?: ReportLevel | undefined };
  onChange: (patch: { level: ReportLevel | undefined }) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterSelect
      label={label}
      value={search.level}
      allLabel={t('reports.levels.all')}
      options={reportLevels.map((level) => ({ value: level, label: t(`reports.levels.${level}`) }))}
      onChange={(level) => onChange({ level })}
      w={210}
    />
  );
}
