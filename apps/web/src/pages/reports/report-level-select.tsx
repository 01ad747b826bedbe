import { type ReportLevel, reportLevels } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/filter-select';

/** Narrows a report to one school level (Tiểu học, THCS, THPT ...), or shows all of them. */
export function ReportLevelSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: ReportLevel | undefined;
  onChange: (level: ReportLevel | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterSelect
      label={label}
      value={value}
      allLabel={t('reports.levels.all')}
      options={reportLevels.map((level) => ({ value: level, label: t(`reports.levels.${level}`) }))}
      onChange={onChange}
      w={210}
    />
  );
}
