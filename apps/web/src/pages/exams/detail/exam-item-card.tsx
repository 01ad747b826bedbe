import type { ExamDetail } from '@hoclieu/contracts';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NamedCard } from '../../../components/named-card';
import { QuestionView } from '../../questions/view/question-view';
import { useScoreFormat } from '../format';
import { correctionTargets } from './key-correction';
import { KeyCorrectionDialog } from './key-correction-dialog';

type ExamItem = ExamDetail['items'][number];

interface Props {
  examId: string;
  item: ExamItem;
  /** The author may correct keys even once the exam is assigned. */
  canCorrect: boolean;
}

/** One question of the exam as the author sees it: with its key, part, level and points. */
export function ExamItemCard({ examId, item, canCorrect }: Props) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const [opened, dialog] = useDisclosure(false);
  const [regraded, setRegraded] = useState<number | null>(null);
  const targets = correctionTargets(item);
  return (
    <NamedCard component="article" label={t('examDetail.item', { number: item.key })}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <Badge variant="filled">{t('examDetail.item', { number: item.key })}</Badge>
            <Badge variant="light" color="gray" tt="none">
              {t(`examDetail.parts.${item.part}`)}
            </Badge>
            <Badge variant="outline" color="gray" tt="none">
              {t(`questions.types.${item.content.type}`)}
            </Badge>
            {item.level && (
              <Badge variant="light" tt="none">
                {t(`questions.levels.${item.level}`)}
              </Badge>
            )}
            <Badge variant="light" color="teal" tt="none">
              {t('examDetail.pointsValue', { points: score(item.points) })}
            </Badge>
            {item.keyCorrected && (
              <Badge variant="light" color="orange" tt="none">
                {t('examDetail.keyCorrected')}
              </Badge>
            )}
          </Group>
          {canCorrect && targets.length > 0 && (
            <Button size="xs" variant="light" onClick={dialog.open}>
              {t('keyCorrection.open')}
            </Button>
          )}
        </Group>
        {item.topic && (
          <Text size="xs" c="dimmed">
            {item.topic.title}
          </Text>
        )}
        <QuestionView content={item.content} />
        {regraded !== null && (
          <Alert color="teal" variant="light" role="status">
            {t('keyCorrection.done', { count: regraded })}
          </Alert>
        )}
      </Stack>
      {canCorrect && targets.length > 0 && opened && (
        <KeyCorrectionDialog
          examId={examId}
          itemKey={item.key}
          targets={targets}
          opened={opened}
          onClose={dialog.close}
          onCorrected={setRegraded}
        />
      )}
    </NamedCard>
  );
}
