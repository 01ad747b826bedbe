import { endpoints, type MatrixCell, type MatrixDrawResult } from '@hoclieu/contracts';
import { Alert, Button, Checkbox, Group, List, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { useMissingTopics } from '../../curriculum/use-missing-topics';
import type { DraftItem } from '../builder/exam-draft';
import { useScoreFormat } from '../format';
import { useTopicTree } from '../use-topic-tree';
import { addRow, type ExamMatrix, estimatedPoints, matrixCells, totalOf } from './exam-matrix';
import { type CellShortfall, MatrixTable } from './matrix-table';

interface MatrixPanelProps {
  subjectCode: string | null;
  grade: number | null;
  matrix: ExamMatrix;
  onMatrixChange: (next: ExamMatrix) => void;
  /** The questions of a draw, to replace those of the previous one. */
  onDrawn: (items: DraftItem[]) => void;
}

interface Draw {
  cells: MatrixCell[];
  keys: string[];
  result: MatrixDrawResult;
}

/** A seed the server has not seen: "Rút lại" must give another draw, not the same one. */
const newSeed = () => Math.random().toString(36).slice(2, 12);

/** Ma trận đề: pick topics as rows, fill the counts, draw approved questions, see what is missing and why. */
export function MatrixPanel({ subjectCode, grade, matrix, onMatrixChange, onDrawn }: MatrixPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const score = useScoreFormat();
  const topics = useTopicTree(subjectCode, grade);
  const [draw, setDraw] = useState<Draw | null>(null);
  const [preferEstimate, setPreferEstimate] = useState(false);
  const ready = Boolean(subjectCode && grade);
  const missing = useMissingTopics(subjectCode, grade, topics);
  const titleOf = (topicId: string | null) =>
    (topicId && matrix.rows.find((row) => row.topicId === topicId)?.title) || t('examMatrix.noTopic');

  const run = useMutation({
    mutationFn: async (seed: string | undefined) => {
      const { cells, keys } = matrixCells(matrix);
      const result = await api.call(endpoints.assessments.drawMatrix, {
        body: {
          subjectCode: subjectCode ?? '',
          grade: grade ?? 1,
          cells,
          ...(seed ? { seed } : {}),
          ...(preferEstimate ? { preferEstimate } : {}),
        },
      });
      return { cells, keys, result };
    },
    onSuccess: (next) => {
      setDraw(next);
      onDrawn(
        next.result.picks.flatMap(({ cellIndex, questionId }) => {
          const cell = next.cells[cellIndex];
          if (!cell) return [];
          return [
            {
              questionId,
              points: null,
              source: 'matrix' as const,
              type: cell.type,
              level: cell.level,
              topicTitle: cell.topicId ? titleOf(cell.topicId) : null,
              stem: null,
            },
          ];
        }),
      );
    },
  });

  const shortfalls = new Map<string, CellShortfall>();
  for (const shortfall of draw?.result.shortfalls ?? []) {
    const key = draw?.keys[shortfall.cellIndex];
    if (key) shortfalls.set(key, shortfall);
  }

  const present = new Set(matrix.rows.map((row) => row.topicId));
  const topicOptions = (topics.data?.items ?? []).flatMap((chapter) => {
    const items = [chapter, ...chapter.children]
      .filter((topic) => !present.has(topic.id))
      .map((topic) => ({ value: topic.id, label: topic.title }));
    return items.length > 0 ? [{ group: chapter.title, items }] : [];
  });
  const topicTitle = (id: string) =>
    (topics.data?.items ?? []).flatMap((chapter) => [chapter, ...chapter.children]).find((x) => x.id === id)
      ?.title ?? id;

  const total = totalOf(matrix);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('examMatrix.intro')}
      </Text>
      {!ready && (
        <Alert color="gray" variant="light">
          {t('examBuilder.pickSubjectFirst')}
        </Alert>
      )}
      {missing && (
        <Alert color="yellow" variant="light">
          {missing}
        </Alert>
      )}
      <Select
        label={t('examMatrix.addTopic')}
        placeholder={t('examMatrix.addTopicPlaceholder')}
        searchable
        disabled={!ready || missing !== null}
        value={null}
        data={topicOptions}
        nothingFoundMessage={t('examMatrix.noTopics')}
        onChange={(topicId) => {
          if (topicId) onMatrixChange(addRow(matrix, { topicId, title: topicTitle(topicId) }));
        }}
        maw={480}
      />
      <Text size="sm">{t('examMatrix.trueFalseHint')}</Text>
      <MatrixTable matrix={matrix} onChange={onMatrixChange} shortfalls={shortfalls} />
      <Text size="sm" c="dimmed">
        {t('examMatrix.estimate', { count: total, points: score(estimatedPoints(matrix, subjectCode)) })}
      </Text>
      <Checkbox
        label={t('estimate.preferInMatrix')}
        description={t('estimate.preferHint')}
        checked={preferEstimate}
        onChange={(event) => setPreferEstimate(event.currentTarget.checked)}
      />
      <Group gap="sm">
        <Button
          onClick={() => run.mutate(undefined)}
          loading={run.isPending && !draw}
          disabled={!ready || total === 0 || (run.isPending && Boolean(draw))}
        >
          {t('examMatrix.draw')}
        </Button>
        {draw && (
          <Button
            variant="light"
            onClick={() => run.mutate(newSeed())}
            loading={run.isPending}
            disabled={!ready || total === 0}
          >
            {t('examMatrix.redraw')}
          </Button>
        )}
      </Group>
      {run.isError && <ErrorAlert error={run.error} />}
      {draw && (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm" fw={600}>
            {t('examMatrix.drawn', { count: draw.result.picks.length })}{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              {t('examMatrix.seed', { seed: draw.result.seed })}
            </Text>
          </Text>
          {draw.result.shortfalls.length > 0 && (
            <Alert color="red" variant="light" title={t('examMatrix.shortfalls')}>
              <List size="sm" spacing={4}>
                {draw.result.shortfalls.map((shortfall) => {
                  const cell = draw.cells[shortfall.cellIndex];
                  return (
                    <List.Item key={shortfall.cellIndex}>
                      {cell &&
                        `${titleOf(cell.topicId)} · ${t(`questions.types.${cell.type}`)} · ${t(`questions.levels.${cell.level}`)}: `}
                      {t('examMatrix.foundOfWanted', { found: shortfall.found, wanted: shortfall.wanted })}.{' '}
                      {shortfall.reason}
                    </List.Item>
                  );
                })}
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}
