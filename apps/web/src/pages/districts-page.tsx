import { endpoints } from '@hoclieu/contracts';
import { can } from '@hoclieu/domain';
import { Button, Group, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { useApi } from '../app/api-context';
import { PageHeader } from '../components/page-header';
import { QueryView } from '../components/query-view';
import { useActor } from '../session/session-context';
import { DistrictsTable } from './districts-table';
import { ProvincesSection } from './org/provinces-section';
import { UnitDialog, type UnitValues } from './org/unit-dialog';
import { useOrgMutation } from './org/use-org-mutation';

/** District offices (and, for the system admin, the provinces above them), with their management. */
export function DistrictsPage() {
  const { t } = useTranslation();
  const actor = useActor();
  const [showInactive, setShowInactive] = useState(false);
  const districts = useApiQuery(endpoints.org.listDistricts, {});
  const manage = can(actor, 'district.manage', { provinceId: actor.provinceId });
  return (
    <>
      <PageHeader title={t('districts.title')} actions={manage && <NewDistrictButton />} />
      <Switch
        mb="md"
        label={t('orgAdmin.showInactive')}
        checked={showInactive}
        onChange={(event) => setShowInactive(event.currentTarget.checked)}
      />
      {can(actor, 'province.manage', { provinceId: null }) && (
        <>
          <ProvincesSection showInactive={showInactive} />
          <Title order={2} fz="h4" mb="xs">
            {t('districts.title')}
          </Title>
        </>
      )}
      <QueryView query={districts}>
        {(data) => (
          <DistrictsTable districts={data.items.filter((d) => showInactive || d.active)} manage={manage} />
        )}
      </QueryView>
    </>
  );
}

function NewDistrictButton() {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const provinces = useApiQuery(endpoints.orgManagement.listProvinces, {});
  const create = useOrgMutation(({ code, name, parentId }: UnitValues) =>
    api.call(endpoints.orgManagement.createDistrict, { body: { provinceId: parentId, code, name } }),
  );
  const options = (provinces.data?.items ?? [])
    .filter((p) => p.active)
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Group>
      <Button size="sm" onClick={() => setOpen(true)} disabled={options.length === 0}>
        {t('orgAdmin.newDistrict')}
      </Button>
      {open && (
        <UnitDialog
          title={t('orgAdmin.newDistrict')}
          withCode
          parents={{ label: t('orgAdmin.province'), options }}
          mutation={create}
          onClose={() => {
            create.reset();
            setOpen(false);
          }}
        />
      )}
    </Group>
  );
}
