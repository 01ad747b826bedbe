import { type DeliveryRecord, isWebLink } from '@hoclieu/contracts';
import { Anchor, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrappingBadgeStyles } from '../../components/wrapping-badge';

const recordStatusColors: Record<DeliveryRecord['status'], string> = {
  pending: 'yellow',
  confirmed: 'green',
  rejected: 'red',
};

export function RecordStatusBadge({ status }: { status: DeliveryRecord['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={recordStatusColors[status]} variant="light" tt="none" styles={wrappingBadgeStyles}>
      {t(`classReport.recordStatuses.${status}`)}
    </Badge>
  );
}

/**
 * The evidence of a lesson (the meeting or recording), opened away from the report. Only an http(s)
 * link is ever a link: anything else (a record from before the API refused it) shows as plain text.
 */
export function EvidenceLink({ link }: { link: string | null }) {
  const { t } = useTranslation();
  if (!link) return <>—</>;
  if (!isWebLink(link))
    return (
      <Text span size="sm" c="dimmed" title={link}>
        {t('classReport.linkNotWeb')}
      </Text>
    );
  return (
    <Anchor href={link} target="_blank" rel="noopener noreferrer" size="sm" title={link}>
      {t('classReport.openLink')}
    </Anchor>
  );
}
