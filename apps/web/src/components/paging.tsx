import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagingProps {
  total: number;
  /** The total is a floor (search counts up to a cap): shown as "more than". */
  capped?: boolean | undefined;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}

export function Paging({ total, capped, page, pageSize, onChange }: PagingProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed">
        {t(capped ? 'common.totalMore' : 'common.total', { count: total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          size="sm"
          siblings={1}
          getControlProps={(control) => ({ 'aria-label': t(`common.pageControls.${control}`) })}
        />
      )}
    </Group>
  );
}
