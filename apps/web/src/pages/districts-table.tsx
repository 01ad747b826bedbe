import { type districtSchema, endpoints } from '@hoclieu/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../app/api-context';
import { RouterAnchor } from '../components/router-links';
import { TableHeader } from '../components/table-header';
import { InactiveBadge, inactiveRow } from './org/inactive-badge';
import { UnitActions } from './org/unit-actions';

type District = z.infer<typeof districtSchema>;

/**
 * District offices with their school counts; each links to the schools list filtered to it. With
 * `manage`, each row can be renamed and deactivated; deactivated ones are greyed.
 */
export function DistrictsTable({ districts, manage = false }: { districts: District[]; manage?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  if (districts.length === 0) return <Text c="dimmed">{t('common.noData')}</Text>;
  return (
    <Table striped verticalSpacing="sm">
      <TableHeader
        columns={[
          t('districts.name'),
          { label: t('districts.code'), visibleFrom: 'sm' },
          { label: t('districts.province'), visibleFrom: 'sm' },
          { label: t('districts.schoolCount'), ta: 'right' },
          manage && { label: t('orgAdmin.actions'), hidden: true },
        ]}
      />
      <Table.Tbody>
        {districts.map((district) => (
          <Table.Tr key={district.id} style={inactiveRow(district.active)}>
            <Table.Td>
              <RouterAnchor to="/truong" search={{ districtId: district.id }} fw={600} size="sm">
                {district.name}
              </RouterAnchor>
              <InactiveBadge active={district.active} />
            </Table.Td>
            <Table.Td visibleFrom="sm">{district.code}</Table.Td>
            <Table.Td visibleFrom="sm">{district.province.name}</Table.Td>
            <Table.Td ta="right">{district.schoolCount}</Table.Td>
            {manage && (
              <Table.Td>
                <UnitActions
                  unit={district}
                  renameTitle={t('orgAdmin.renameDistrict')}
                  change={(body) =>
                    api.call(endpoints.orgManagement.updateDistrict, {
                      params: { districtId: district.id },
                      body,
                    })
                  }
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
