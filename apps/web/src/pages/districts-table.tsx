import type { districtSchema } from '@hoclieu/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RouterAnchor } from '../components/router-links';

type District = z.infer<typeof districtSchema>;

/** District offices with their school counts; each links to the schools list filtered to it. */
export function DistrictsTable({ districts }: { districts: District[] }) {
  const { t } = useTranslation();
  if (districts.length === 0) return <Text c="dimmed">{t('common.noData')}</Text>;
  return (
    <Table striped verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('districts.name')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('districts.code')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('districts.province')}</Table.Th>
          <Table.Th ta="right">{t('districts.schoolCount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {districts.map((district) => (
          <Table.Tr key={district.id}>
            <Table.Td>
              <RouterAnchor to="/truong" search={{ districtId: district.id }} fw={600} size="sm">
                {district.name}
              </RouterAnchor>
            </Table.Td>
            <Table.Td visibleFrom="sm">{district.code}</Table.Td>
            <Table.Td visibleFrom="sm">{district.province.name}</Table.Td>
            <Table.Td ta="right">{district.schoolCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
