import type { userSummarySchema } from '@hoclieu/contracts';
import { outranks } from '@hoclieu/domain';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ColumnTable } from '../../components/column-table';
import { PersonName } from '../../components/person-name';
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
  return (
    <ColumnTable
      striped
      verticalSpacing="sm"
      items={users}
      empty={<Text c="dimmed">{t('users.empty')}</Text>}
      rowKey={(user) => user.id}
      rowStyle={(user) => (user.disabled ? { opacity: 0.55 } : undefined)}
      columns={[
        {
          label: t('users.fullName'),
          cell: (user) => (
            <>
              <PersonName fullName={user.fullName} username={user.username} />
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {t(`roles.${user.role}`)}
              </Text>
            </>
          ),
        },
        { label: t('users.role'), visibleFrom: 'sm', cell: (user) => t(`roles.${user.role}`) },
        { label: t('orgAdmin.accountUnit'), visibleFrom: 'md', cell: (user) => user.unit?.name ?? '—' },
        { label: t('users.status'), visibleFrom: 'sm', cell: (user) => <StatusBadges user={user} /> },
        {
          label: t('users.actions'),
          hidden: true,
          ta: 'right',
          cell: (user) =>
            user.id !== actor.userId && outranks(actor, user.role) && <AccountActions user={user} />,
        },
      ]}
    />
  );
}
