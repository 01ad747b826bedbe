import { Avatar, Box, type BoxProps, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { initials, orgUnitName } from './org-unit';

/** Name, role and unit of the signed-in user. */
export function UserCard(props: BoxProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Box {...props} mb="sm" pb="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="sm" wrap="nowrap">
        <Avatar color="teal" radius="xl">
          {initials(user.fullName)}
        </Avatar>
        <div>
          <Text fw={600} size="sm">
            {user.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`roles.${user.role}`)} · {orgUnitName(user) ?? t('org.wholeSystem')}
          </Text>
        </div>
      </Group>
    </Box>
  );
}
