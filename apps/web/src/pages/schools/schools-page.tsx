import { endpoints, schoolLevels } from '@hoclieu/contracts';
import { can } from '@hoclieu/domain';
import { Button, Select, Stack } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { FilterSelect } from '../../components/filter-select';
import { PageHeader } from '../../components/page-header';
import { PagedQueryView } from '../../components/paged-query-view';
import { ListFilters } from '../../components/search/list-filters';
import { usePagedSearch } from '../../components/use-paged-search';
import { useActor, useSession } from '../../session/session-context';
import { hasSection } from '../../shell/sections';
import { SchoolDialog } from '../org/school-dialog';
import { SchoolsTable } from './schools-table';

const route = getRouteApi('/app/truong');
const PAGE_SIZE = 20;

export function SchoolsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const actor = useActor();
  const [status, setStatus] = useState<'active' | 'inactive' | 'all'>('active');
  const [creating, setCreating] = useState(false);
  const manage = can(actor, 'school.manage', {
    provinceId: actor.provinceId,
    districtId: actor.districtId,
  });
  const { search, page, refine, pager } = usePagedSearch(route, PAGE_SIZE);
  const schools = useApiQuery(
    endpoints.org.listSchools,
    {
      query: {
        q: search.q,
        level: search.level,
        districtId: search.districtId,
        status,
        page,
        pageSize: PAGE_SIZE,
      },
    },
    { placeholderData: keepPreviousData },
  );
  const canPickDistrict = hasSection(user.role, 'districts');
  const districts = useApiQuery(endpoints.org.listDistricts, {}, { enabled: canPickDistrict });

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('schools.title')}
        actions={
          manage && (
            <Button size="sm" onClick={() => setCreating(true)}>
              {t('orgAdmin.newSchool')}
            </Button>
          )
        }
      />
      {creating && <SchoolDialog onClose={() => setCreating(false)} />}
      <ListFilters
        q={search.q}
        placeholder={t('schools.searchPlaceholder')}
        onSearch={(q) => refine({ q }, true)}
      >
        <FilterSelect
          label={t('school.levels')}
          placeholder={t('schools.anyLevel')}
          value={search.level}
          options={schoolLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          onChange={(level) => refine({ level })}
          miw={160}
        />
        <Select
          label={t('orgAdmin.status')}
          value={status}
          allowDeselect={false}
          data={[
            { value: 'active', label: t('orgAdmin.statusActive') },
            { value: 'inactive', label: t('orgAdmin.statusInactive') },
            { value: 'all', label: t('orgAdmin.statusAll') },
          ]}
          onChange={(value) => {
            setStatus((value as typeof status | null) ?? 'active');
            refine({});
          }}
          miw={160}
        />
        {canPickDistrict && (
          <FilterSelect
            label={t('school.district')}
            placeholder={t('schools.anyDistrict')}
            options={(districts.data?.items ?? []).map((district) => ({
              value: district.id,
              label: district.name,
            }))}
            value={search.districtId}
            onChange={(districtId) => refine({ districtId })}
            miw={200}
          />
        )}
      </ListFilters>
      <PagedQueryView query={schools} {...pager}>
        {(data) => <SchoolsTable schools={data.items} manage={manage} />}
      </PagedQueryView>
    </Stack>
  );
}
