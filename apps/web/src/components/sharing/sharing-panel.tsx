import type { ApprovalStatus, MaterialDetail, ShareScope } from '@hoclieu/contracts';
import { Alert, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../error-alert';
import { DecisionTrail } from './decision-trail';
import { type SharedScope, ShareRequestButton, useShareRequest } from './share-request';

/** What the panel reads of a shared material or question. */
interface SharedItemView {
  scope: ShareScope;
  requestedScope: ShareScope | null;
  rejectionReason: string | null;
  decisions: MaterialDetail['decisions'];
  approval: ApprovalStatus | null;
  permissions: { edit: boolean; review: boolean; reviewBlocked: 'own_request' | null };
}

interface SharingPanelProps<D> {
  item: SharedItemView;
  /** Status, scope and featured badges, as the kind shows them. */
  badges: ReactNode;
  /** The next level this viewer may ask for, if any. */
  nextScope: SharedScope | null;
  requestShare: (scope: SharedScope) => Promise<D>;
  onChanged: (detail: D) => void;
  /** "Chờ bạn duyệt…" above the reviewer's buttons. */
  waitingLabel: string;
  /** Duyệt / Từ chối, shown to the one who may decide. */
  reviewActions: ReactNode;
  /** Extra controls of one kind (the featured switch of materials). */
  children?: ReactNode;
}

/** What changed since the approval, and what everyone else sees meanwhile ("Đang chờ duyệt lại"). */
function PendingChangeNotice({ approval }: { approval: ApprovalStatus }) {
  const { t } = useTranslation();
  const changes = approval.pendingChanges.map((c) => t(`sharing.changes.${c}`)).join(', ');
  const version = approval.approvedVersion ?? 0;
  return (
    <Alert color="yellow" variant="light" title={t('sharing.reapproval')}>
      <Text size="sm">{t('sharing.pendingChanges', { changes })}</Text>
      <Text size="sm">
        {approval.approvedTitle && approval.pendingChanges.includes('title')
          ? t('sharing.othersSeeApprovedTitle', { version, title: approval.approvedTitle })
          : t('sharing.othersSeeApproved', { version })}
      </Text>
    </Alert>
  );
}

/**
 * The one sharing panel of materials and questions: status, the pending change awaiting
 * re-approval, the rejection reason, "Gửi duyệt" for the next level (or again after a rejected
 * change), the reviewer's buttons (or why this viewer may not decide), and the decision trail.
 */
export function SharingPanel<D>({
  item,
  badges,
  nextScope,
  requestShare,
  onChanged,
  waitingLabel,
  reviewActions,
  children,
}: SharingPanelProps<D>) {
  const { t } = useTranslation();
  const submit = useShareRequest(requestShare, onChanged);
  const shared = item.scope !== 'private' ? item.scope : null;
  const pending = item.approval && item.approval.pendingChanges.length > 0 ? item.approval : null;
  // A change whose re-approval was turned down can be sent back once it is fixed.
  const resubmit = shared && pending && item.requestedScope === null && item.permissions.edit ? shared : null;
  const waiting = item.requestedScope && item.requestedScope !== 'private' ? item.requestedScope : null;
  return (
    <Stack gap="md">
      <Group gap="xs">{badges}</Group>
      {pending && <PendingChangeNotice approval={pending} />}
      {!pending && shared && item.permissions.edit && (
        <Text size="sm" c="dimmed">
          {t('sharing.editsNeedReapproval', { level: t(`materials.levelOf.${shared}`) })}
        </Text>
      )}
      {item.rejectionReason && (
        <Alert color="red" variant="light" title={t('sharing.actions.rejected')}>
          {item.rejectionReason}
        </Alert>
      )}
      {(nextScope ?? resubmit) && (
        <Group gap="xs">
          {nextScope && <ShareRequestButton action="submit" scope={nextScope} request={submit} />}
          {resubmit && (
            <ShareRequestButton action="resubmit" scope={resubmit} request={submit} variant="light" />
          )}
        </Group>
      )}
      {submit.isError && <ErrorAlert error={submit.error} />}
      {waiting && item.permissions.review && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {waitingLabel}
          </Text>
          {reviewActions}
        </Stack>
      )}
      {waiting && item.permissions.reviewBlocked === 'own_request' && (
        <Alert color="gray" variant="light">
          {t('sharing.ownRequest')}
        </Alert>
      )}
      {children}
      <DecisionTrail decisions={item.decisions} />
    </Stack>
  );
}
