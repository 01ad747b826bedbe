import { Menu, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { useSessionActions } from '../session/use-session-actions';
import { orgUnitName } from './org-unit';
import { UserMenuButton } from './user-menu-button';

/** The account menu itself, with Mantine's Menu (Popover, floating-ui): loaded on first use, see user-menu.tsx. */
export function UserMenuDropdown({ defaultOpened }: { defaultOpened: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { logout } = useSessionActions();
  const unit = orgUnitName(user) ?? t('org.wholeSystem');
  return (
    <Menu position="bottom-end" width={260} withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>
        <UserMenuButton />
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
