import { endpoints, type Province } from '@hoclieu/contracts';
import { Button, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { QueryView } from '../../components/query-view';
import { UnitDialog, type UnitValues } from './unit-dialog';
import { UnitsTable } from './units-table';
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
  return (
    <UnitsTable
      mb="xl"
      units={provinces}
      name={(province) => (
        <Text size="sm" fw={600} span>
          {province.name}
        </Text>
      )}
      columns={[
        {
          label: t('orgAdmin.districtCount'),
          visibleFrom: 'sm',
          ta: 'right',
          cell: (province) => province.districtCount,
        },
      ]}
      manage={{
        renameTitle: t('orgAdmin.renameProvince'),
        change: (province, body) =>
          api.call(endpoints.orgManagement.updateProvince, { params: { provinceId: province.id }, body }),
      }}
    />
  );
}
