import { Alert, Button, Code, CopyButton, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A temporary password, shown once with a copy button (it is not kept anywhere in the page). */
export function OneTimePassword({ password, notice }: { password: string; notice: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light">
        {notice}
      </Alert>
      <Group gap="sm" justify="center">
        <Code fz="xl" p="sm" data-testid="temporary-password">
          {password}
        </Code>
        <CopyButton value={password}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
