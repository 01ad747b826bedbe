import type { AuditEntryView } from '@hoclieu/contracts';
import { Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="xs" striped aria-label={t('audit.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th visibleFrom="sm">{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('audit.unit')}</Table.Th>
            <Table.Th visibleFrom="md">{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => {
            const time = when.dateTime(entry.createdAt);
            const details = detailsText(t, entry.details);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{time}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {actionLabel(t, entry.action)}
                    </Text>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {time} · {unitName(entry)}
                    </Text>
                    {details && (
                      <Text size="xs" c="dimmed" hiddenFrom="md" style={{ overflowWrap: 'anywhere' }}>
                        {details}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {entry.actor ? (
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
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{unitName(entry)}</Text>
                </Table.Td>
                <Table.Td visibleFrom="md" maw={360}>
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    {details}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
