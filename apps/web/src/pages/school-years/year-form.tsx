import { endpoints, type SchoolYearInput } from '@hoclieu/contracts';
import { SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { DateField } from '../../components/date-field';
import { DialogForm } from '../../components/dialog-form';
import { MutationSubmit } from '../../components/mutation-dialog';
import { vietnamToday } from '../../components/vietnam-format';

/** The usual calendar of the year after `latest` (5 September to 31 May, semester 2 from mid January). */
function nextYearDraft(latest: string | undefined): SchoolYearInput {
  const start = latest ? Number(latest.slice(0, 4)) + 1 : Number(vietnamToday().slice(0, 4));
  return {
    code: `${start}-${start + 1}`,
    startDate: `${start}-09-05`,
    endDate: `${start + 1}-05-31`,
    semester1End: `${start + 1}-01-15`,
    semester2Start: `${start + 1}-01-16`,
  };
}

export function YearForm({ latest, onClose }: { latest: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<SchoolYearInput>(() => nextYearDraft(latest));
  const create = useMutation({
    mutationFn: () => api.call(endpoints.schoolYears.createSchoolYear, { body: draft }),
    onSuccess: async (year) => {
      notifications.show({ color: 'teal', message: t('schoolYears.created', { code: year.code }) });
      await queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.org.listSchoolYears) });
      onClose();
    },
  });
  const field = (key: Exclude<keyof SchoolYearInput, 'code'>) => (
    <DateField
      label={t(`schoolYears.${key}`)}
      value={draft[key]}
      required
      onChange={(day) => setDraft({ ...draft, [key]: day })}
    />
  );
  return (
    <DialogForm
      opened
      onClose={onClose}
      title={t('schoolYears.create')}
      centered
      onSubmit={() => create.mutate()}
    >
      <TextInput
        label={t('schoolYears.code')}
        description={t('schoolYears.codeHint')}
        value={draft.code}
        required
        onChange={(event) => setDraft({ ...draft, code: event.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {field('startDate')}
        {field('endDate')}
        {field('semester1End')}
        {field('semester2Start')}
      </SimpleGrid>
      <MutationSubmit mutation={create} label={t('schoolYears.create')} />
    </DialogForm>
  );
}
