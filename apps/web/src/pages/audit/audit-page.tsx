import { endpoints } from '@hoclieu/contracts';
import { Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { PagedQueryView } from '../../components/paged-query-view';
import { usePagedSearch } from '../../components/use-paged-search';
import { AuditFilters } from './audit-filters';
import type { AuditSearch } from './audit-search';
import { AuditTable } from './audit-table';

const route = getRouteApi('/app/nhat-ky');
const PAGE_SIZE = 25;

/** Nhật ký thao tác: the server decides whose entries an admin sees (their unit and below). */
export function AuditPage() {
  const { t } = useTranslation();
  const { search, page, refine, pager } = usePagedSearch(route, PAGE_SIZE);
  const { page: _page, ...filters } = search;
  const log = useApiQuery(
    endpoints.audit.list,
    { query: { ...filters, page, pageSize: PAGE_SIZE } },
    { placeholderData: keepPreviousData },
  );
  const setFilters = (patch: Partial<AuditSearch>) => refine(patch, true);

  return (
    <Stack gap={0}>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <AuditFilters search={search} onChange={setFilters} />
      <PagedQueryView query={log} {...pager} empty={<Text c="dimmed">{t('audit.empty')}</Text>}>
        {(data) => <AuditTable items={data.items} />}
      </PagedQueryView>
    </Stack>
  );
}
