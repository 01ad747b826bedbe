import type { SchoolSummary } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { LevelBadges } from '../../components/level-badges';
import { RowNameLink } from '../../components/router-links';
import { OrgUnitsTable } from '../org/org-units-table';
import { SchoolActions } from '../org/school-actions';

/** Schools with their levels and sizes; on phones only the name, levels and student count stay visible. */
export function SchoolsTable({
  schools,
  showDistrict = true,
  manage = false,
}: {
  schools: SchoolSummary[];
  showDistrict?: boolean;
  /** Officers: edit and (de)activate each school. */
  manage?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <OrgUnitsTable
      highlightOnHover
      items={schools}
      empty={t('schools.empty')}
      name={{
        label: t('school.name'),
        cell: (school) => (
          <RowNameLink to="/truong/$schoolId" params={{ schoolId: school.id }}>
            {school.name}
          </RowNameLink>
        ),
        badges: (school) => <LevelBadges levels={school.levels} />,
      }}
      columns={[
        { label: t('school.kind'), visibleFrom: 'sm', cell: (school) => school.kind },
        showDistrict && {
          label: t('school.district'),
          visibleFrom: 'md',
          cell: (school) => school.district.name,
        },
        { label: t('school.classes'), visibleFrom: 'sm', ta: 'right', cell: (school) => school.classCount },
        {
          label: t('school.teachers'),
          visibleFrom: 'sm',
          ta: 'right',
          cell: (school) => school.teacherCount,
        },
        { label: t('school.students'), ta: 'right', cell: (school) => school.studentCount },
        manage && {
          label: t('orgAdmin.actions'),
          hidden: true,
          cell: (school) => <SchoolActions school={school} />,
        },
      ]}
    />
  );
}
