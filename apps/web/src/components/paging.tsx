import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagingProps {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}

export function Paging({ total, page, pageSize, onChange }: PagingProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed">
        {t('common.total', { count: total })}
      </Text>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onChange} size="sm" siblings={1} />}
    </Group>
  );
}
