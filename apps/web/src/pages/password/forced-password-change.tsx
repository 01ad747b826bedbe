import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { useSessionActions } from '../../session/use-session-actions';
import { StandaloneCard } from '../../shell/standalone-card';
import { PasswordChangeForm } from './password-change-form';

/** Shown instead of the whole app while the account still has a temporary password. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { logout } = useSessionActions();
  return (
    <StandaloneCard width={480} title={t('password.forcedTitle')}>
      <Alert color="yellow" variant="light">
        {t('password.forcedText')}
      </Alert>
      <Text size="sm">
        {user.fullName} ({user.username}) · {t(`roles.${user.role}`)}
      </Text>
      <PasswordChangeForm />
      <Button variant="subtle" color="gray" onClick={() => void logout()} style={{ alignSelf: 'flex-start' }}>
        {t('userMenu.logout')}
      </Button>
    </StandaloneCard>
  );
}
