import { endpoints, type KpiTarget } from '@hoclieu/contracts';
import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { useErrorText } from '../../components/use-error-text';

/** The target % as an inline editor: Save appears once the value differs from the stored one. */
export function TargetPercentCell({ target, kpiName }: { target: KpiTarget; kpiName: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number | string>(target.targetPercent);
  const save = useMutation({
    mutationFn: (targetPercent: number) =>
      api.call(endpoints.kpi.updateTarget, { params: { targetId: target.id }, body: { targetPercent } }),
    onSuccess: (updated) => {
      notifications.show({ color: 'teal', message: t('kpi.saved') });
      setValue(updated.targetPercent);
      return queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.kpi.listTargets) });
    },
  });
  const changed = typeof value === 'number' && value !== target.targetPercent;

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <NumberInput
        aria-label={t('kpi.editTarget', { kpi: kpiName, year: target.year })}
        value={value}
        onChange={setValue}
        min={0}
        max={100}
        decimalScale={1}
        suffix=" %"
        w={96}
        size="xs"
        error={save.isError ? errorText(save.error).text : undefined}
      />
      {changed && (
        <Button size="xs" loading={save.isPending} onClick={() => save.mutate(value)}>
          {t('common.save')}
        </Button>
      )}
    </Group>
  );
}
