import {
  type CognitiveLevel,
  cognitiveLevels,
  endpoints,
  type QuestionSummary,
  type QuestionType,
  questionTypeSchema,
} from '@hoclieu/contracts';
import { htmlLabel } from '@hoclieu/domain';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { DimmedWhileLoading } from '../../../components/paged-query-view';
import { Paging } from '../../../components/paging';
import { QueryView } from '../../../components/query-view';
import { RichContent } from '../../../components/rich-content/rich-content';
import { bankSearchQuery } from '../../questions/bank/bank-search';
import { useQuestionSubjectLine } from '../../questions/bank/question-card';
import { QuestionBadges } from '../../questions/view/question-badges';
import { useTopicTree } from '../use-topic-tree';
import type { DraftItem } from './exam-draft';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

interface BankPickerProps {
  subjectCode: string | null;
  grade: number | null;
  chosen: ReadonlySet<string>;
  onAdd: (item: DraftItem) => void;
  onRemove: (questionId: string) => void;
}

const draftItemOf = (question: QuestionSummary): DraftItem => ({
  questionId: question.id,
  points: null,
  source: 'bank',
  type: question.type,
  level: question.level,
  topicTitle: question.topic?.title ?? null,
  stem: question.stem,
});

function PickCard({
  question,
  chosen,
  onToggle,
}: {
  question: QuestionSummary;
  chosen: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const subjectLine = useQuestionSubjectLine();
  const title = htmlLabel(question.stem, 80) || t(`questions.types.${question.type}`);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={title}
      data-chosen={chosen || undefined}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <QuestionBadges question={question} />
          <RichContent html={question.stem} className="question-card-stem" />
          <Text size="xs" c="dimmed">
            {[subjectLine(question), question.author.fullName].join(' · ')}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant={chosen ? 'light' : 'filled'}
          color={chosen ? 'red' : undefined}
          onClick={onToggle}
          aria-label={t(chosen ? 'examBuilder.removeNamed' : 'examBuilder.addNamed', { title })}
        >
          {chosen ? t('examBuilder.remove') : t('examBuilder.add')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The bank's approved questions of the exam's subject and grade, to add to (or take out of) the exam. */
export function BankPicker({ subjectCode, grade, chosen, onAdd, onRemove }: BankPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [typed] = useDebouncedValue(q, TYPING_PAUSE_MS);
  const [type, setType] = useState<QuestionType | null>(null);
  const [level, setLevel] = useState<CognitiveLevel | null>(null);
  const [topicId, setTopicId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const ready = Boolean(subjectCode && grade);
  const topics = useTopicTree(subjectCode, grade);
  const results = useApiQuery(
    endpoints.questions.search,
    {
      query: bankSearchQuery(
        {
          q: typed,
          subject: subjectCode ? [subjectCode] : undefined,
          grade: grade ? [grade] : undefined,
          status: ['approved'],
          type: type ? [type] : undefined,
          level: level ? [level] : undefined,
          topic: topicId ? [topicId] : undefined,
          page,
        },
        PAGE_SIZE,
      ),
    },
    { enabled: ready, placeholderData: keepPreviousData },
  );
  const topicGroups = (topics.data?.items ?? []).map((chapter) => ({
    group: chapter.title,
    items: [chapter, ...chapter.children].map((topic) => ({ value: topic.id, label: topic.title })),
  }));
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  if (!ready) {
    return (
      <Alert color="gray" variant="light">
        {t('examBuilder.pickSubjectFirst')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('examBuilder.bankIntro')}
      </Text>
      <TextInput
        type="search"
        label={t('questions.searchLabel')}
        placeholder={t('questions.searchPlaceholder')}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          setPage(1);
        }}
      />
      <SimpleGrid type="container" cols={{ base: 1, '30rem': 3 }} spacing="sm">
        <Select
          label={t('questions.facets.type')}
          clearable
          value={type}
          data={questionTypeSchema.options.map((value) => ({ value, label: t(`questions.types.${value}`) }))}
          onChange={filtered((value: string | null) =>
            setType(questionTypeSchema.safeParse(value).data ?? null),
          )}
        />
        <Select
          label={t('questions.facets.level')}
          clearable
          value={level}
          data={cognitiveLevels.map((value) => ({ value, label: t(`questions.levels.${value}`) }))}
          onChange={filtered((value: string | null) =>
            setLevel(cognitiveLevels.find((known) => known === value) ?? null),
          )}
        />
        <Select
          label={t('questions.facets.topicId')}
          clearable
          searchable
          value={topicId}
          data={topicGroups}
          onChange={filtered(setTopicId)}
        />
      </SimpleGrid>
      <QueryView query={results}>
        {(data) => (
          <DimmedWhileLoading query={results}>
            {data.items.length === 0 ? (
              <Text c="dimmed" py="md">
                {t('examBuilder.bankEmpty')}
              </Text>
            ) : (
              <Stack gap="sm" data-testid="bank-results">
                {data.items.map((question) => {
                  const isChosen = chosen.has(question.id);
                  return (
                    <PickCard
                      key={question.id}
                      question={question}
                      chosen={isChosen}
                      onToggle={() => (isChosen ? onRemove(question.id) : onAdd(draftItemOf(question)))}
                    />
                  );
                })}
              </Stack>
            )}
            <Paging
              total={data.total}
              capped={data.totalCapped}
              page={page}
              pageSize={PAGE_SIZE}
              onChange={setPage}
            />
          </DimmedWhileLoading>
        )}
      </QueryView>
    </Stack>
  );
}
