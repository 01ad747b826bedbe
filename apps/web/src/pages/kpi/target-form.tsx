import { endpoints, type KpiTarget, kpiNames } from '@hoclieu/contracts';
import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { DialogForm } from '../../components/dialog-form';
import { MutationSubmit } from '../../components/mutation-dialog';
import { vietnamToday } from '../../components/vietnam-format';

/** Scopes the plans use for each indicator (the online share is set per level). */
const scopesOf: Record<(typeof kpiNames)[number], string[]> = {
  online_program_share: ['primary', 'secondary'],
  materials_program_coverage: ['province'],
  question_bank_adoption: ['lower_secondary_schools'],
  schools_sharing_platform: ['all_schools'],
  students_online_access: ['general_education_students'],
  teachers_online_ready: ['teachers'],
};

interface TargetFormProps {
  /** The target edited; none: a new one. */
  target?: KpiTarget;
  label: (group: 'names' | 'scopes', code: string) => string;
  onClose: () => void;
}

/** Adds a year's target or edits one, with the decision that sets it (free text, as written). */
export function TargetForm({ target, label, onClose }: TargetFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [kpi, setKpi] = useState<(typeof kpiNames)[number]>('online_program_share');
  const [scope, setScope] = useState('primary');
  const [year, setYear] = useState<number | string>(Number(vietnamToday().slice(0, 4)) + 1);
  const [percent, setPercent] = useState<number | string>(target?.targetPercent ?? '');
  const [decision, setDecision] = useState(target?.sourceDocument ?? '');
  const [quote, setQuote] = useState(target?.sourceText ?? '');
  const save = useMutation({
    mutationFn: () => {
      const targetPercent = Number(percent);
      return target
        ? api.call(endpoints.kpi.updateTarget, {
            params: { targetId: target.id },
            body: { targetPercent, sourceDocument: decision, sourceText: quote },
          })
        : api.call(endpoints.kpi.createTarget, {
            body: {
              kpi,
              scope,
              year: Number(year),
              targetPercent,
              sourceDocument: decision,
              sourceText: quote,
            },
          });
    },
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('kpiTargets.saved') });
      await queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.kpi.listTargets) });
      onClose();
    },
  });
  const title = target
    ? t('kpiTargets.editTitle', { kpi: label('names', target.kpi), year: target.year })
    : t('kpiTargets.addTitle');
  return (
    <DialogForm opened onClose={onClose} title={title} centered size="lg" onSubmit={() => save.mutate()}>
      {!target && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('kpi.kpi')}
            value={kpi}
            allowDeselect={false}
            data={kpiNames.map((name) => ({ value: name, label: label('names', name) }))}
            onChange={(value) => {
              const name = (value ?? 'online_program_share') as (typeof kpiNames)[number];
              setKpi(name);
              setScope(scopesOf[name][0] ?? '');
            }}
          />
          <Select
            label={t('kpi.scope')}
            value={scope}
            allowDeselect={false}
            data={scopesOf[kpi].map((code) => ({ value: code, label: label('scopes', code) }))}
            onChange={(value) => setScope(value ?? scope)}
          />
          <NumberInput label={t('kpi.year')} value={year} onChange={setYear} min={2000} max={2100} required />
        </SimpleGrid>
      )}
      <NumberInput
        label={t('kpiTargets.percent')}
        value={percent}
        onChange={setPercent}
        decimalScale={2}
        suffix=" %"
        required
        w={160}
      />
      <TextInput
        label={t('kpiTargets.decision')}
        description={t('kpiTargets.decisionHint')}
        value={decision}
        onChange={(event) => setDecision(event.currentTarget.value)}
        required
        minLength={3}
      />
      <Textarea
        label={t('kpiTargets.quote')}
        value={quote}
        onChange={(event) => setQuote(event.currentTarget.value)}
        autosize
        minRows={2}
      />
      <MutationSubmit mutation={save} label={t('common.save')} />
    </DialogForm>
  );
}
