import type { UnderstoodFacet } from '@hoclieu/contracts';
import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Đã hiểu: Toán · Lớp 6" — the facet values the search read from the typed words — with a way to
 * drop them and match the words as typed.
 */
export function UnderstoodLine({
  understood,
  onDrop,
}: {
  understood: UnderstoodFacet[] | undefined;
  onDrop: () => void;
}) {
  const { t } = useTranslation();
  if (!understood || understood.length === 0) return null;
  const name = (u: UnderstoodFacet) =>
    u.facet === 'grade' ? t('searchUnderstood.grade', { grade: u.value }) : u.label;
  return (
    <Group gap="xs" data-testid="search-understood" role="status">
      <Text size="sm" c="dimmed">
        {t('searchUnderstood.label')}
      </Text>
      {understood.map((u) => (
        <Badge key={`${u.facet}:${u.value}`} variant="light" tt="none">
          {name(u)}
        </Badge>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={onDrop} title={t('searchUnderstood.literalHint')}>
        {t('searchUnderstood.literal')}
      </Button>
    </Group>
  );
}
