import { endpoints } from '@hoclieu/contracts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';

import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { LectureStatusBadge } from './lecture-status-badge';
import { scoreText } from './score-text';

/** Bài giảng điện tử given to the student's classes, each with where the student is in it. */
export function MyLectures() {
  const { t } = useTranslation();
  const list = useApiQuery(endpoints.lectures.mine, {});
  return (
    <Stack gap="xs" data-testid="my-lectures">
      <Title order={2} fz="h4">
        {t('lectures.mineTitle')}
      </Title>
      <QueryView query={list}>
        {({ lectures }) =>
          lectures.length === 0 ? (
            <Text c="dimmed">{t('lectures.mineEmpty')}</Text>
          ) : (
            lectures.map((lecture) => (
              <Paper key={lecture.materialId} withBorder p="sm" radius="md" data-testid="my-lecture">
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <RouterAnchor
                      to="/hoc-lieu/$materialId"
                      params={{ materialId: lecture.materialId }}
                      fw={500}
                    >
                      {lecture.title}
                    </RouterAnchor>
                    <Text size="xs" c="dimmed">
                      {t('lectures.givenTo', { className: lecture.className })}
                      {scoreText(lecture.scoreRaw, lecture.scoreScaled) &&
                        ` · ${t('lectures.score')}: ${scoreText(lecture.scoreRaw, lecture.scoreScaled)}`}
                    </Text>
                  </Stack>
                  <LectureStatusBadge status={lecture.status} />
                </Group>
              </Paper>
            ))
          )
        }
      </QueryView>
    </Stack>
  );
}
