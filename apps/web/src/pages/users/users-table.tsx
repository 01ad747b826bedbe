import type { userSummarySchema } from '@hoclieu/contracts';
import { outranks } from '@hoclieu/domain';
import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TableHeader } from '../../components/table-header';
import { useActor } from '../../session/session-context';
import { AccountActions } from '../org/account-actions';

type UserSummary = z.infer<typeof userSummarySchema>;

function StatusBadges({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  if (user.disabled) {
    return (
      <Badge color="gray" variant="light" size="sm" miw="max-content">
        {t('orgAdmin.disabled')}
      </Badge>
    );
  }
  if (!user.loginThrottled && !user.mustChangePassword) {
    return (
      <Badge color="teal" variant="light" size="sm" miw="max-content">
        {t('users.active')}
      </Badge>
    );
  }
  return (
    <Group gap={4}>
      {user.loginThrottled && (
        <Badge color="orange" variant="light" size="sm" miw="max-content">
          {t('users.loginThrottled')}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="yellow" variant="light" size="sm" miw="max-content">
          {t('users.mustChange')}
        </Badge>
      )}
    </Group>
  );
}

export function UsersTable({ users }: { users: UserSummary[] }) {
  const { t } = useTranslation();
  const actor = useActor();
  if (users.length === 0) return <Text c="dimmed">{t('users.empty')}</Text>;
  return (
    <Table striped verticalSpacing="sm">
      <TableHeader
        columns={[
          t('users.fullName'),
          { label: t('users.role'), visibleFrom: 'sm' },
          { label: t('orgAdmin.accountUnit'), visibleFrom: 'md' },
          { label: t('users.status'), visibleFrom: 'sm' },
          { label: t('users.actions'), hidden: true },
        ]}
      />
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id} style={user.disabled ? { opacity: 0.55 } : undefined}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {user.username}
              </Text>
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {t(`roles.${user.role}`)}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">{t(`roles.${user.role}`)}</Table.Td>
            <Table.Td visibleFrom="md">{user.unit?.name ?? '—'}</Table.Td>
            <Table.Td visibleFrom="sm">
              <StatusBadges user={user} />
            </Table.Td>
            <Table.Td ta="right">
              {user.id !== actor.userId && outranks(actor, user.role) && <AccountActions user={user} />}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
