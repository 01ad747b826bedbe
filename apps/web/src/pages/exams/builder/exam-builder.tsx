import { endpoints } from '@hoclieu/contracts';
import { Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { RouterButton } from '../../../components/router-links';
import { type ExamMatrix, emptyMatrix } from '../matrix/exam-matrix';
import { MatrixPanel } from '../matrix/matrix-panel';
import { BankPicker } from './bank-picker';
import { DraftItems } from './draft-items';
import {
  addItems,
  draftProblems,
  draftToInput,
  type ExamDraft,
  removeItem,
  replaceDrawnItems,
} from './exam-draft';
import { ExamInfoFields } from './exam-info-fields';
import { ExamSettingsFields } from './exam-settings-fields';

function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

interface ExamBuilderProps {
  initial: ExamDraft;
  /** Editing a saved exam (updateExam); absent: a new one (createExam). */
  examId?: string;
}

/**
 * The exam builder: questions picked by hand from the bank and drawn from an exam matrix land in one
 * ordered list with their points; the settings and the paper header go with them on save.
 */
export function ExamBuilder({ initial, examId }: ExamBuilderProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [matrix, setMatrix] = useState<ExamMatrix>(() => emptyMatrix(t('examMatrix.noTopic')));
  const [tab, setTab] = useState<string | null>('bank');
  const chosen = useMemo(() => new Set(draft.items.map((item) => item.questionId)), [draft.items]);
  const problems = draftProblems(draft);

  const change = (patch: Partial<ExamDraft>) => {
    // The matrix's rows are topics of one subject and grade: another subject starts a new matrix.
    const moved =
      (patch.subjectCode !== undefined && patch.subjectCode !== draft.subjectCode) ||
      (patch.grade !== undefined && patch.grade !== draft.grade);
    if (moved) setMatrix(emptyMatrix(t('examMatrix.noTopic')));
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setItems = (items: ExamDraft['items']) => setDraft((current) => ({ ...current, items }));

  const save = useMutation({
    mutationFn: () => {
      const body = draftToInput(draft);
      return examId
        ? api.call(endpoints.assessments.updateExam, { params: { examId }, body })
        : api.call(endpoints.assessments.createExam, { body });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(
        endpointKey(endpoints.assessments.getExam, { params: { examId: saved.id } }),
        saved,
      );
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.listExams) });
      notifications.show({ color: 'teal', message: t('examBuilder.saved') });
      void navigate({ to: '/de-kiem-tra/$examId', params: { examId: saved.id } });
    },
  });

  return (
    <Stack gap="lg">
      <Section title={t('examBuilder.info')}>
        <ExamInfoFields draft={draft} onChange={change} />
      </Section>
      <Grid gap="lg">
        <Grid.Col span={tab === 'matrix' ? 12 : { base: 12, md: 7 }}>
          <Paper withBorder p="md" radius="md">
            <Tabs value={tab} onChange={setTab}>
              <Tabs.List>
                <Tabs.Tab value="bank">{t('examBuilder.fromBank')}</Tabs.Tab>
                <Tabs.Tab value="matrix">{t('examBuilder.fromMatrixTab')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="bank" pt="md">
                <BankPicker
                  subjectCode={draft.subjectCode}
                  grade={draft.grade}
                  chosen={chosen}
                  onAdd={(item) => setItems(addItems(draft.items, [item]))}
                  onRemove={(questionId) => setItems(removeItem(draft.items, questionId))}
                />
              </Tabs.Panel>
              <Tabs.Panel value="matrix" pt="md">
                <MatrixPanel
                  key={`${draft.subjectCode}-${draft.grade}`}
                  subjectCode={draft.subjectCode}
                  grade={draft.grade}
                  matrix={matrix}
                  onMatrixChange={setMatrix}
                  onDrawn={(drawn) =>
                    setDraft((current) => ({ ...current, items: replaceDrawnItems(current.items, drawn) }))
                  }
                />
              </Tabs.Panel>
            </Tabs>
          </Paper>
        </Grid.Col>
        <Grid.Col span={tab === 'matrix' ? 12 : { base: 12, md: 5 }}>
          <Section
            title={t('examBuilder.items')}
            aside={
              <Badge
                variant="light"
                size="lg"
                aria-label={t('examBuilder.itemCount', { count: draft.items.length })}
              >
                {draft.items.length}
              </Badge>
            }
          >
            <DraftItems items={draft.items} subjectCode={draft.subjectCode} onChange={setItems} />
          </Section>
        </Grid.Col>
      </Grid>
      <Section title={t('examBuilder.settings')}>
        <ExamSettingsFields draft={draft} onChange={change} />
      </Section>
      <Paper withBorder p="sm" radius="md" shadow="sm" style={{ position: 'sticky', bottom: 8, zIndex: 5 }}>
        <Stack gap="xs">
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {problems.length > 0
                ? t('examBuilder.missing', {
                    list: problems.map((problem) => t(`examBuilder.problems.${problem}`)).join(', '),
                  })
                : t('examBuilder.ready', { count: draft.items.length })}
            </Text>
            <Group gap="sm">
              {examId ? (
                <RouterButton to="/de-kiem-tra/$examId" params={{ examId }} variant="default">
                  {t('common.cancel')}
                </RouterButton>
              ) : (
                <RouterButton to="/de-kiem-tra" variant="default">
                  {t('common.cancel')}
                </RouterButton>
              )}
              <Button onClick={() => save.mutate()} loading={save.isPending} disabled={problems.length > 0}>
                {t('examBuilder.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
