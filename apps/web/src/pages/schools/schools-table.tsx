import type { SchoolSummary } from '@hoclieu/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LevelBadges } from '../../components/level-badges';
import { RouterAnchor } from '../../components/router-links';
import { TableHeader } from '../../components/table-header';
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
  if (schools.length === 0) return <Text c="dimmed">{t('schools.empty')}</Text>;
  return (
    <Table striped highlightOnHover verticalSpacing="sm">
      <TableHeader
        columns={[
          t('school.name'),
          { label: t('school.kind'), visibleFrom: 'sm' },
          showDistrict && { label: t('school.district'), visibleFrom: 'md' },
          { label: t('school.classes'), visibleFrom: 'sm', ta: 'right' },
          { label: t('school.teachers'), visibleFrom: 'sm', ta: 'right' },
          { label: t('school.students'), ta: 'right' },
          manage && { label: t('orgAdmin.actions'), hidden: true },
        ]}
      />
      <Table.Tbody>
        {schools.map((school) => (
          <Table.Tr key={school.id} style={inactiveRow(school.active)}>
            <Table.Td>
              <RouterAnchor to="/truong/$schoolId" params={{ schoolId: school.id }} fw={600} size="sm">
                {school.name}
              </RouterAnchor>
              <InactiveBadge active={school.active} />
              <LevelBadges levels={school.levels} />
            </Table.Td>
            <Table.Td visibleFrom="sm">{school.kind}</Table.Td>
            {showDistrict && <Table.Td visibleFrom="md">{school.district.name}</Table.Td>}
            <Table.Td visibleFrom="sm" ta="right">
              {school.classCount}
            </Table.Td>
            <Table.Td visibleFrom="sm" ta="right">
              {school.teacherCount}
            </Table.Td>
            <Table.Td ta="right">{school.studentCount}</Table.Td>
            {manage && (
              <Table.Td>
                <SchoolActions school={school} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
