import type { MaterialDetail } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Fact, FactTable, TagBadges } from '../../components/fact-table';
import { useSubjectName } from '../../components/subject-name';
import { useVietnamFormat } from '../../components/vietnam-format';

/** Type, subject, grade, author, school, licence, chapters and tags of a material. */
export function MaterialFacts({ material }: { material: MaterialDetail }) {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const when = useVietnamFormat();
  const rows: Fact[] = [
    [t('materialDetail.type'), t(`materials.types.${material.type}`)],
    [
      t('materialDetail.subject'),
      material.subject ? subjectName(material.subject.code, material.subject.name) : '—',
    ],
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
    rows.push([t('materialDetail.tags'), <TagBadges key="tags" tags={material.tags} />]);
  }
  return (
    <>
      <FactTable facts={rows} />
      <Text size="xs" c="dimmed" mt={6}>
        {t('materials.views', { count: material.viewCount })} ·{' '}
        {t('materials.downloads', { count: material.downloadCount })}
      </Text>
    </>
  );
}
