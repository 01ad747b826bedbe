import { endpoints, roles } from '@hoclieu/contracts';
import { outranks } from '@hoclieu/domain';
import { Button, Stack } from '@mantine/core';
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
import { useActor } from '../../session/session-context';
import { AccountDialog } from '../org/account-dialog';
import { ThrottledAccountsPanel } from './throttled-accounts-panel';
import { UsersTable } from './users-table';

const route = getRouteApi('/app/tai-khoan');
const PAGE_SIZE = 25;

export function UsersPage() {
  const { t } = useTranslation();
  const actor = useActor();
  const { search, page, refine, pager } = usePagedSearch(route, PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  const users = useApiQuery(
    endpoints.org.listUsers,
    { query: { q: search.q, role: search.role, page, pageSize: PAGE_SIZE } },
    { placeholderData: keepPreviousData },
  );
  // Only the roles this user manages (and their own) can appear in their list.
  const visibleRoles = roles.filter((role) => role === actor.role || outranks(actor, role));

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button size="sm" onClick={() => setCreating(true)}>
            {t('orgAdmin.newAccount')}
          </Button>
        }
      />
      {creating && <AccountDialog onClose={() => setCreating(false)} />}
      <ThrottledAccountsPanel />
      <ListFilters
        q={search.q}
        placeholder={t('users.searchPlaceholder')}
        onSearch={(q) => refine({ q }, true)}
      >
        <FilterSelect
          label={t('users.role')}
          placeholder={t('users.anyRole')}
          value={search.role}
          options={visibleRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          onChange={(role) => refine({ role })}
          miw={180}
        />
      </ListFilters>
      <PagedQueryView query={users} {...pager}>
        {(data) => <UsersTable users={data.items} />}
      </PagedQueryView>
    </Stack>
  );
}
