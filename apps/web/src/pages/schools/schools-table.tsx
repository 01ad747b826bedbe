import type { SchoolSummary } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ColumnTable } from '../../components/column-table';
import { LevelBadges } from '../../components/level-badges';
import { RowNameLink } from '../../components/router-links';
import { InactiveBadge, inactiveRow } from '../org/inactive-badge';
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
    <ColumnTable
      striped
      highlightOnHover
      verticalSpacing="sm"
      items={schools}
      empty={<Text c="dimmed">{t('schools.empty')}</Text>}
      rowKey={(school) => school.id}
      rowStyle={(school) => inactiveRow(school.active)}
      columns={[
        {
          label: t('school.name'),
          cell: (school) => (
            <>
              <RowNameLink to="/truong/$schoolId" params={{ schoolId: school.id }}>
                {school.name}
              </RowNameLink>
              <InactiveBadge active={school.active} />
              <LevelBadges levels={school.levels} />
            </>
          ),
        },
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
