import type { ShareScope } from '@hoclieu/contracts';
import { Badge, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';

interface QueuedItem {
  author: { id: string };
  scope: ShareScope;
  requestedScope: ShareScope | null;
}

/** "Duyệt lại thay đổi": an approved item whose change waits for approval at the same scope. */
export function ReapprovalBadge({ item }: { item: QueuedItem }) {
  const { t } = useTranslation();
  if (item.scope === 'private' || item.requestedScope !== item.scope) return null;
  return (
    <Badge color="yellow" variant="light">
      {t('sharing.reapprovalBadge')}
    </Badge>
  );
}

/** The reviewer's buttons of a queued item, or why they are not theirs to press (their own request). */
export function QueueDecision({ item, actions }: { item: QueuedItem; actions: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (item.author.id === user.id) {
    return (
      <Text size="sm" c="dimmed" maw={220}>
        {t('sharing.ownRequestShort')}
      </Text>
    );
  }
  return <>{actions}</>;
}
