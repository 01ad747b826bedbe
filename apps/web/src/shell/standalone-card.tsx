import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/**
 * A page outside the app shell (sign-in, first-time setup, forced password change): the product name
 * and language switch above one card that starts with the page title.
 */
export function StandaloneCard({
  width,
  title,
  subtitle,
  below,
  children,
}: {
  width: number;
  title: string;
  subtitle?: string;
  below?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={width} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" c="teal.8">
            {t('app.productName')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
          <Stack gap="md">
            <div>
              <Title order={1} fz="h2">
                {title}
              </Title>
              {subtitle && (
                <Text size="sm" c="dimmed">
                  {subtitle}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
        {below}
      </Stack>
    </Center>
  );
}
