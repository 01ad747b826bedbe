import {
  type CognitiveLevel,
  cognitiveLevels,
  endpoints,
  type QuestionSummary,
  type QuestionType,
  questionTypeSchema,
} from '@hoclieu/contracts';
import { Alert, Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { PagedQueryView } from '../../../components/paged-query-view';
import { topicGroups } from '../../curriculum/use-curriculum-options';
import { bankSearchQuery } from '../../questions/bank/bank-search';
import { QuestionArticle, useQuestionSubjectLine } from '../../questions/bank/question-card';
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
  return (
    <QuestionArticle
      question={question}
      marked={chosen}
      trailing={(title) => (
        <Button
          size="xs"
          variant={chosen ? 'light' : 'filled'}
          color={chosen ? 'red' : undefined}
          onClick={onToggle}
          aria-label={t(chosen ? 'examBuilder.removeNamed' : 'examBuilder.addNamed', { title })}
        >
          {chosen ? t('examBuilder.remove') : t('examBuilder.add')}
        </Button>
      )}
    >
      {() => (
        <Text size="xs" c="dimmed">
          {[subjectLine(question), question.author.fullName].join(' · ')}
        </Text>
      )}
    </QuestionArticle>
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
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  if (!ready)
    return (
      <Alert color="gray" variant="light">
        {t('examBuilder.pickSubjectFirst')}
      </Alert>
    );
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
          data={topicGroups(topics.data?.items ?? [])}
          onChange={filtered(setTopicId)}
        />
      </SimpleGrid>
      <PagedQueryView
        query={results}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        empty={
          <Text c="dimmed" py="md">
            {t('examBuilder.bankEmpty')}
          </Text>
        }
      >
        {(data) => (
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
      </PagedQueryView>
    </Stack>
  );
}
