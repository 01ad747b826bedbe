import { endpoints, type Province } from '@hoclieu/contracts';
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { QueryView } from '../../components/query-view';
import { TableHeader } from '../../components/table-header';
import { InactiveBadge, inactiveRow } from './inactive-badge';
import { UnitActions } from './unit-actions';
import { UnitDialog, type UnitValues } from './unit-dialog';
import { useOrgMutation } from './use-org-mutation';

/** The system admin's provinces: create, rename, deactivate. */
export function ProvincesSection({ showInactive }: { showInactive: boolean }) {
  const { t } = useTranslation();
  const provinces = useApiQuery(endpoints.orgManagement.listProvinces, {});
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {t('orgAdmin.provinces')}
        </Title>
        <NewProvinceButton />
      </Group>
      <QueryView query={provinces}>
        {(data) => <ProvincesTable provinces={data.items.filter((p) => showInactive || p.active)} />}
      </QueryView>
    </>
  );
}

export function NewProvinceButton({ label }: { label?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const create = useOrgMutation(({ code, name }: UnitValues) =>
    api.call(endpoints.orgManagement.createProvince, { body: { code, name } }),
  );
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        {label ?? t('orgAdmin.newProvince')}
      </Button>
      {open && (
        <UnitDialog
          title={t('orgAdmin.newProvince')}
          withCode
          mutation={create}
          onClose={() => {
            create.reset();
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

function ProvincesTable({ provinces }: { provinces: Province[] }) {
  const { t } = useTranslation();
  const api = useApi();
  if (provinces.length === 0) return <Text c="dimmed">{t('common.noData')}</Text>;
  return (
    <Table striped verticalSpacing="sm" mb="xl">
      <TableHeader
        columns={[
          t('orgAdmin.name'),
          { label: t('orgAdmin.code'), visibleFrom: 'sm' },
          { label: t('orgAdmin.districtCount'), visibleFrom: 'sm', ta: 'right' },
          { label: t('orgAdmin.actions'), hidden: true },
        ]}
      />
      <Table.Tbody>
        {provinces.map((province) => (
          <Table.Tr key={province.id} style={inactiveRow(province.active)}>
            <Table.Td>
              <Text size="sm" fw={600} span>
                {province.name}
              </Text>
              <InactiveBadge active={province.active} />
            </Table.Td>
            <Table.Td visibleFrom="sm">{province.code}</Table.Td>
            <Table.Td visibleFrom="sm" ta="right">
              {province.districtCount}
            </Table.Td>
            <Table.Td>
              <UnitActions
                unit={province}
                renameTitle={t('orgAdmin.renameProvince')}
                change={(body) =>
                  api.call(endpoints.orgManagement.updateProvince, {
                    params: { provinceId: province.id },
                    body,
                  })
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
