import { type AuditQuery, auditActions, auditResourceTypes } from '@hoclieu/contracts';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import type { AuditSearch } from './audit-search';

interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
}

type Action = (typeof auditActions)[number];
type ResourceType = NonNullable<AuditQuery['resourceType']>;

/** Action, item and date range; two to a row on a phone, one row on a desktop. */
export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  // Only the actions on the chosen kind of item, so the two filters never contradict each other.
  const actions = auditActions.filter((a) => !search.resourceType || a.startsWith(`${search.resourceType}.`));
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md" role="group" aria-label={t('audit.filters')}>
      <Select
        label={t('audit.resourceType')}
        placeholder={t('audit.anyResource')}
        clearable
        value={search.resourceType ?? null}
        data={auditResourceTypes.map((value) => ({ value, label: t(`audit.resources.${value}`) }))}
        onChange={(value) => {
          const resourceType = (value as ResourceType | null) ?? undefined;
          const keepAction = search.action && (!resourceType || search.action.startsWith(`${resourceType}.`));
          onChange({ resourceType, action: keepAction ? search.action : undefined });
        }}
      />
      <Select
        label={t('audit.action')}
        placeholder={t('audit.anyAction')}
        clearable
        searchable
        value={search.action ?? null}
        data={actions.map((value) => ({ value, label: t(`audit.actions.${value}`) }))}
        onChange={(value) => onChange({ action: (value as Action | null) ?? undefined })}
      />
      <DateField
        label={t('audit.from')}
        value={search.from ?? ''}
        max={search.to}
        onChange={(from) => onChange({ from: from || undefined })}
      />
      <DateField
        label={t('audit.to')}
        value={search.to ?? ''}
        min={search.from}
        onChange={(to) => onChange({ to: to || undefined })}
      />
    </SimpleGrid>
  );
}
