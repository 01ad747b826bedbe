import type { DeliveryRecord } from '@hoclieu/contracts';
import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const recordStatusColors: Record<DeliveryRecord['status'], string> = {
  pending: 'yellow',
  confirmed: 'green',
  rejected: 'red',
};

export function RecordStatusBadge({ status }: { status: DeliveryRecord['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={recordStatusColors[status]} variant="light" tt="none">
      {t(`classReport.recordStatuses.${status}`)}
    </Badge>
  );
}

/** The evidence of a lesson (the meeting or recording), opened away from the report. */
export function EvidenceLink({ link }: { link: string | null }) {
  const { t } = useTranslation();
  if (!link) return <>—</>;
  return (
    <Anchor href={link} target="_blank" rel="noopener noreferrer" size="sm" title={link}>
      {t('classReport.openLink')}
    </Anchor>
  );
}
