import { endpoints, type MaterialSummary } from '@hoclieu/contracts';
import { Card, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { RouterAnchor } from '../../components/router-links';
import { HighlightedText } from '../../components/search/highlighted-text';
import { authorLine } from '../../components/sharing/author-line';
import { useSubjectName } from '../../components/subject-name';
import { MaterialTypeIcon } from './material-type-icon';
import { FeaturedBadge, ScopeBadge, StatusBadge } from './share-badges';

const MEDIA_HEIGHT = 140;

/** Subject · grade line of a card or a detail ("Toán · Lớp 6"). */
export function useSubjectLine() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  return (m: Pick<MaterialSummary, 'subject' | 'grade'>) =>
    [
      m.subject ? subjectName(m.subject.code, m.subject.name) : t('materials.noSubject'),
      m.grade ? t('materials.grade', { grade: m.grade }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

/** One material in the library: picture (or a type drawing), title, subject and grade, who and where. */
export function MaterialCard({
  material,
  showStatus,
  highlight,
}: {
  material: MaterialSummary;
  showStatus: boolean;
  /** Folded words the search matched, marked in the title. */
  highlight?: string[];
}) {
  const { t } = useTranslation();
  const api = useApi();
  const subjectLine = useSubjectLine();
  const { thumbnailFileId } = material;
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={material.title}>
      <Card.Section bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        {thumbnailFileId ? (
          <Image
            src={api.url(endpoints.materials.fileThumbnail, {
              params: { materialId: material.id, fileId: thumbnailFileId },
            })}
            alt=""
            h={MEDIA_HEIGHT}
            fit="cover"
            loading="lazy"
          />
        ) : (
          <MaterialTypeIcon type={material.type} h={MEDIA_HEIGHT} />
        )}
      </Card.Section>
      <Stack gap={6} mt="sm">
        <Group gap={6}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t(`materials.types.${material.type}`)}
          </Text>
          {material.featured && <FeaturedBadge size="sm" />}
        </Group>
        <RouterAnchor
          to="/hoc-lieu/$materialId"
          params={{ materialId: material.id }}
          fw={600}
          lineClamp={2}
          c="dark"
        >
          <HighlightedText text={material.title} words={highlight} />
        </RouterAnchor>
        <Text size="sm">{subjectLine(material)}</Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {authorLine(material)}
        </Text>
        <Group gap={6}>
          {showStatus ? (
            <StatusBadge material={material} size="sm" />
          ) : (
            <ScopeBadge scope={material.scope} size="sm" />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
