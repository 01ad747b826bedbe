import type { ShareScope } from '@hoclieu/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';

interface QueuedItem {
  id: string;
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
function QueueDecision({ item, actions }: { item: QueuedItem; actions: ReactNode }) {
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

interface ReviewQueueItemProps {
  item: QueuedItem;
  /** The item's name for screen readers: each item is an article of the queue. */
  label: string;
  /** What the reviewer judges at a glance, stacked beside the buttons. */
  children: ReactNode;
  /** The space between the stacked lines. */
  gap?: number;
  actions: ReactNode;
}

/** One item of a review queue: what it is on the left, the reviewer's decision on the right. */
function ReviewQueueItem({ item, label, children, gap = 4, actions }: ReviewQueueItemProps) {
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={label}>
      <Group justify="space-between" align="center" gap="md">
        <Stack gap={gap} miw={220} style={{ flex: 1 }}>
          {children}
        </Stack>
        <QueueDecision item={item} actions={actions} />
      </Group>
    </Paper>
  );
}

interface ReviewQueueProps<T extends QueuedItem> extends Pick<ReviewQueueItemProps, 'gap'> {
  items: T[];
  /** Shown instead of the list when nothing waits. */
  empty: string;
  label: (item: T) => string;
  actions: (item: T) => ReactNode;
  children: (item: T) => ReactNode;
}

/** A reviewer's queue: each waiting item with the reviewer's decision beside it, or a line saying none waits. */
export function ReviewQueue<T extends QueuedItem>({
  items,
  empty,
  label,
  actions,
  gap,
  children,
}: ReviewQueueProps<T>) {
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="sm">
      {items.map((item) => (
        <ReviewQueueItem key={item.id} item={item} label={label(item)} gap={gap} actions={actions(item)}>
          {children(item)}
        </ReviewQueueItem>
      ))}
    </Stack>
  );
}
