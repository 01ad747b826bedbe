import { Avatar, Group, Text, UnstyledButton } from '@mantine/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { initials, orgUnitName } from './org-unit';

/** The header's account button (avatar, name, role): the menu's target, also shown before the menu is loaded. */
export const UserMenuButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(
  function UserMenuButton(props, ref) {
    const { t } = useTranslation();
    const { user } = useSession();
    const unit = orgUnitName(user) ?? t('org.wholeSystem');
    return (
      // Named by what it shows (the name and role on wide screens), after what it is for.
      <UnstyledButton ref={ref} data-testid="user-menu" {...props}>
        <span className="visually-hidden">{t('userMenu.label')}</span>
        <Group gap="xs" wrap="nowrap">
          <Avatar color="teal" radius="xl" size="md" aria-hidden>
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
    );
  },
);
