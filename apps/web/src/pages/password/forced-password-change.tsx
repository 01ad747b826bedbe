import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { useSessionActions } from '../../session/use-session-actions';
import { LanguageSwitch } from '../../shell/language-switch';
import { PasswordChangeForm } from './password-change-form';

/** Shown instead of the whole app while the account still has a temporary password. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { logout } = useSessionActions();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={480} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" c="teal.8">
            {t('app.productName')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
          <Stack gap="md">
            <Title order={1} fz="h2">
              {t('password.forcedTitle')}
            </Title>
            <Alert color="yellow" variant="light">
              {t('password.forcedText')}
            </Alert>
            <Text size="sm">
              {user.fullName} ({user.username}) · {t(`roles.${user.role}`)}
            </Text>
            <PasswordChangeForm />
            <Button
              variant="subtle"
              color="gray"
              onClick={() => void logout()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('userMenu.logout')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
