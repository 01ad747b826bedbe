import type { MaterialDetail } from '@hoclieu/contracts';
import { Badge, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVietnamFormat } from '../../components/vietnam-format';

/** Type, subject, grade, author, school, licence, chapters and tags of a material. */
export function MaterialFacts({ material }: { material: MaterialDetail }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const rows: [string, ReactNode][] = [
    [t('materialDetail.type'), t(`materials.types.${material.type}`)],
    [t('materialDetail.subject'), material.subject?.name ?? '—'],
    [t('materialDetail.grade'), material.grade ? t('materials.grade', { grade: material.grade }) : '—'],
    [t('materialDetail.level'), material.level ? t(`levels.${material.level}`) : '—'],
    [t('materialDetail.author'), material.author.fullName],
    [t('materialDetail.school'), material.school?.name ?? '—'],
    [
      t('materialDetail.licence'),
      <span key="licence" title={t(`licences.explain.${material.licence}`)}>
        {t(`licences.${material.licence}`)}
      </span>,
    ],
    [t('materialDetail.updatedAt'), when.date(material.updatedAt)],
  ];
  if (material.topics.length > 0) {
    rows.push([t('materialDetail.topics'), material.topics.map((topic) => topic.title).join('; ')]);
  }
  if (material.tags.length > 0) {
    rows.push([
      t('materialDetail.tags'),
      <Group key="tags" gap={4}>
        {material.tags.map((tag) => (
          <Badge key={tag} variant="outline" size="sm" tt="none">
            {tag}
          </Badge>
        ))}
      </Group>,
    ]);
  }
  return (
    <>
      <Table variant="vertical" layout="fixed" withTableBorder fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={120}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={6}>
        {t('materials.views', { count: material.viewCount })} ·{' '}
        {t('materials.downloads', { count: material.downloadCount })}
      </Text>
    </>
  );
}
