import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { useSessionActions } from '../session/use-session-actions';
import { initials, orgUnitName } from './org-unit';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { logout } = useSessionActions();
  const unit = orgUnitName(user) ?? t('org.wholeSystem');
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="md">
              {initials(user.fullName)}
            </Avatar>
            <div style={{ maxWidth: 320 }}>
              <Text size="sm" fw={600} truncate visibleFrom="md">
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed" truncate visibleFrom="md">
                {t(`roles.${user.role}`)} · {unit}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {user.fullName} ({user.username})
          </Text>
          <Text size="xs">{t(`roles.${user.role}`)}</Text>
          <Text size="xs">{unit}</Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/doi-mat-khau">
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void logout()}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
