import type { AuditEntryView } from '@hoclieu/contracts';
import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ColumnTable, type TableColumn } from '../../components/column-table';
import { useVietnamFormat } from '../../components/vietnam-format';

function actionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${action}` as 'audit.actions.material.approved', { defaultValue: action });
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * What the service recorded, as `name: value` pairs in the reader's language (unknown names as
 * recorded); a change of value reads `from → to`.
 */
function detailsText(t: TFunction, details: Record<string, unknown>): string {
  const { from, to, ...rest } = details;
  const name = (key: string) =>
    t(`audit.detailNames.${key}` as 'audit.detailNames.scope', { defaultValue: key });
  const value = (key: string, raw: unknown) =>
    key === 'scope' && typeof raw === 'string'
      ? t(`audit.scopes.${raw}` as 'audit.scopes.school', { defaultValue: raw })
      : valueText(raw);
  const parts = Object.entries(rest)
    .filter(([, raw]) => raw !== null && raw !== undefined && raw !== '')
    .map(([key, raw]) => `${name(key)}: ${value(key, raw)}`);
  if (from !== undefined || to !== undefined) parts.unshift(`${valueText(from)} → ${valueText(to)}`);
  return parts.join(' · ');
}

/** The log as a table; on a phone each row stacks the time, unit and details under the action. */
export function AuditTable({ items }: { items: AuditEntryView[] }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const unitName = (entry: AuditEntryView) => entry.unit?.name ?? t('audit.sector');
  const details = (entry: AuditEntryView) => detailsText(t, entry.details);
  const columns: TableColumn<AuditEntryView>[] = [
    {
      label: t('audit.time'),
      visibleFrom: 'sm',
      cell: (entry) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {when.dateTime(entry.createdAt)}
        </Text>
      ),
    },
    {
      label: t('audit.action'),
      cell: (entry) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {actionLabel(t, entry.action)}
          </Text>
          <Text size="xs" c="dimmed" hiddenFrom="sm">
            {when.dateTime(entry.createdAt)} · {unitName(entry)}
          </Text>
          {details(entry) && (
            <Text size="xs" c="dimmed" hiddenFrom="md" style={{ overflowWrap: 'anywhere' }}>
              {details(entry)}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      label: t('audit.actor'),
      cell: (entry) =>
        entry.actor ? (
          <Stack gap={0}>
            <Text size="sm">{entry.actor.fullName}</Text>
            <Text size="xs" c="dimmed">
              {t(`roles.${entry.actor.role}`)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('audit.removedUser')}
          </Text>
        ),
    },
    { label: t('audit.unit'), visibleFrom: 'sm', cell: (entry) => <Text size="sm">{unitName(entry)}</Text> },
    {
      label: t('audit.details'),
      visibleFrom: 'md',
      cell: (entry) => (
        <Text size="xs" maw={360} style={{ overflowWrap: 'anywhere' }}>
          {details(entry)}
        </Text>
      ),
    },
  ];
  return (
    <ColumnTable
      items={items}
      columns={columns}
      rowKey={(entry) => entry.id}
      scroll={{ minWidth: 0 }}
      verticalSpacing="xs"
      striped
      aria-label={t('audit.title')}
    />
  );
}
