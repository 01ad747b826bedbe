import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StatCard({ label, value }: { label: string; value: number }) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value.toLocaleString(i18n.language)}
      </Text>
    </Paper>
  );
}
