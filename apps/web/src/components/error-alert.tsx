import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** An API error in the user's language, by its code; the request id helps support find the log line. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { text, requestId } = useErrorText()(error);
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        {requestId && (
          <Text size="xs" c="dimmed">
            {t('common.requestId', { id: requestId })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
