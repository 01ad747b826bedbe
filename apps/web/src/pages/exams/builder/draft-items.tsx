import { htmlLabel } from '@hoclieu/domain';
import { ActionIcon, Badge, Button, Collapse, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { defaultPointsHint } from '../exam-points';
import { useDecimalSeparator, useScoreFormat } from '../format';
import { type DraftItem, moveItem, removeItem, setItemPoints } from './exam-draft';
import { QuestionPreview } from './question-preview';

interface DraftItemsProps {
  items: DraftItem[];
  subjectCode: string | null;
  onChange: (items: DraftItem[]) => void;
}

function DraftItemRow({
  item,
  index,
  count,
  subjectCode,
  items,
  onChange,
}: {
  item: DraftItem;
  index: number;
  count: number;
  subjectCode: string | null;
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
}) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const decimalSeparator = useDecimalSeparator();
  const [opened, { toggle }] = useDisclosure(false);
  const number = index + 1;
  const hint = defaultPointsHint(item.type, subjectCode);
  const text = item.stem ? htmlLabel(item.stem, 140) : null;
  return (
    <Paper withBorder p="xs" radius="md" component="li" aria-label={t('examBuilder.itemLabel', { number })}>
      <Group gap="xs" align="flex-start">
        <Text fw={700} w={28} ta="right">
          {number}.
        </Text>
        <Stack gap={4} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Group gap={4}>
            <Badge variant="outline" color="gray" tt="none" size="sm">
              {t(`questions.types.${item.type}`)}
            </Badge>
            {item.level && (
              <Badge variant="light" size="sm">
                {t(`questions.levels.${item.level}`)}
              </Badge>
            )}
            {item.source === 'matrix' && (
              <Badge variant="light" color="grape" size="sm" tt="none">
                {t('examBuilder.fromMatrix')}
              </Badge>
            )}
          </Group>
          <Text size="sm" lineClamp={2}>
            {text ?? item.topicTitle ?? t('examMatrix.noTopic')}
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={toggle}
            aria-expanded={opened}
            style={{ alignSelf: 'flex-start' }}
          >
            {opened ? t('examBuilder.hideQuestion') : t('examBuilder.showQuestion')}
          </Button>
        </Stack>
        <NumberInput
          size="xs"
          w={84}
          min={0}
          max={10}
          step={0.25}
          decimalScale={2}
          decimalSeparator={decimalSeparator}
          allowNegative={false}
          aria-label={t('examBuilder.pointsOf', { number })}
          placeholder={hint === null ? t('examBuilder.pointsAuto') : score(hint)}
          value={item.points ?? ''}
          onChange={(value) =>
            onChange(setItemPoints(items, item.questionId, value === '' ? null : Number(value)))
          }
        />
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            disabled={index === 0}
            aria-label={t('examBuilder.moveUp', { number })}
            onClick={() => onChange(moveItem(items, index, -1))}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            disabled={index === count - 1}
            aria-label={t('examBuilder.moveDown', { number })}
            onClick={() => onChange(moveItem(items, index, 1))}
          >
            ↓
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('examBuilder.removeItem', { number })}
            onClick={() => onChange(removeItem(items, item.questionId))}
          >
            ×
          </ActionIcon>
        </Group>
      </Group>
      <Collapse expanded={opened}>
        {opened && (
          <Paper bg="gray.0" p="sm" mt="xs" radius="sm">
            <QuestionPreview questionId={item.questionId} />
          </Paper>
        )}
      </Collapse>
    </Paper>
  );
}

/** The questions of the exam in order, each with its points (empty: the 2025 default shown greyed). */
export function DraftItems({ items, subjectCode, onChange }: DraftItemsProps) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const estimate = items.reduce(
    (sum, item) => sum + (item.points ?? defaultPointsHint(item.type, subjectCode) ?? 0),
    0,
  );
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('examBuilder.noItems')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('examBuilder.pointsHint', { points: score(estimate) })}
      </Text>
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item, index) => (
          <DraftItemRow
            key={item.questionId}
            item={item}
            index={index}
            count={items.length}
            subjectCode={subjectCode}
            items={items}
            onChange={onChange}
          />
        ))}
      </Stack>
    </Stack>
  );
}
