import { endpoints, type ThrottledAccount } from '@hoclieu/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpointKey, useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { useVietnamFormat } from '../../components/vietnam-format';

function ThrottledRow({ account }: { account: ThrottledAccount }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useVietnamFormat();
  const queryClient = useQueryClient();
  const clear = useMutation({
    mutationFn: () =>
      api.call(endpoints.loginThrottles.clearThrottle, { params: { userId: account.userId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.loginThrottles.listThrottled) });
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.org.listUsers) });
    },
  });
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text size="sm" fw={600}>
            {account.fullName}{' '}
            <Text span size="xs" c="dimmed" ff="monospace">
              {account.username}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {t('users.throttle.detail', {
              count: account.failures,
              role: t(`roles.${account.role}`),
              unit: account.unitName ?? '—',
              at: format.dateTime(account.lastFailedAt),
            })}
          </Text>
        </div>
        <Button size="xs" variant="light" loading={clear.isPending} onClick={() => clear.mutate()}>
          {t('users.throttle.clear')}
        </Button>
      </Group>
      {clear.isError && <ErrorAlert error={clear.error} />}
    </Stack>
  );
}

/**
 * Accounts of the admin's unit whose sign-ins are being slowed after wrong passwords (nobody is
 * locked out: the owner's own browser still signs in). Shown only when there are some.
 */
export function ThrottledAccountsPanel() {
  const { t } = useTranslation();
  const throttled = useApiQuery(endpoints.loginThrottles.listThrottled, {});
  const items = throttled.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      mb="md"
      radius="md"
      aria-labelledby="throttled-accounts-title"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h5" id="throttled-accounts-title">
            {t('users.throttle.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('users.throttle.explain')}
          </Text>
        </div>
        {items.map((account) => (
          <ThrottledRow key={account.userId} account={account} />
        ))}
      </Stack>
    </Paper>
  );
}
