import type { ErrorCode, ShareScope } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import type { Actor, ApprovalState, MaterialPlacement } from '@hoclieu/domain';

export type Tx = Prisma.TransactionClient;

/** What the workflow reads of any shared item (a material, a question). */
export interface SharedItem {
  id: string;
  placement: MaterialPlacement;
  approval: ApprovalState;
  /** Who asked for the pending step: the last `submitted` decision's actor. */
  requesterId: string | null;
}

/** The sharing columns a step writes. */
interface SharingColumns {
  scope?: ShareScope;
  requestedScope?: ShareScope | null;
  rejectionReason?: string | null;
  featured?: boolean;
}

/** A change of the sharing columns; `approve` also records what was approved (version, title...). */
export interface SharingChange extends SharingColumns {
  approve?: boolean;
}

interface DecisionRecord {
  action: string;
  scope: ShareScope | null;
  reason: string | null;
  actorId: string;
}

/**
 * How one kind of shared content plugs into the sharing workflow: how to load it, which tables to
 * write, how its audience (visibility tokens and search index) is refreshed.
 */
export interface SharingKind<Row, Approved extends object> {
  /** `material` or `question`: the audit action prefix and resource type. */
  kind: string;
  /** The row as the actor may see it, or the kind's not-found/forbidden error. */
  load(db: Db, actor: Actor, id: string): Promise<Row>;
  /** The sharing state read in the caller's transaction (after an edit). */
  read(tx: Tx, id: string): Promise<SharedItem>;
  item(row: Row): SharedItem;
  /** Whether the content may be proposed at all (a stored file; valid content). */
  ready(row: Row): boolean;
  notAllowed: ErrorCode;
  /** Writes the sharing columns, with an approval also what it copies. */
  write(tx: Tx, id: string, columns: SharingColumns | (SharingColumns & Approved)): Promise<void>;
  /** What an approval copies from the item as it is now: the version others see, its title... */
  approvedCopy(tx: Tx, id: string): Promise<Approved>;
  record(tx: Tx, id: string, decision: DecisionRecord): Promise<void>;
  /** Recomputes visibility tokens and queues the search-index update. */
  refresh(tx: Tx, id: string): Promise<void>;
  /** Rows with a pending request whose audience meets these reviewer tokens, oldest first. */
  queue(db: Db, tokens: string[]): Promise<Row[]>;
}

/** The last `submitted` decision's actor, from decisions in creation order. */
export function requesterOf(decisions: { action: string; actorId: string }[]): string | null {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const d = decisions[i];
    if (d?.action === 'submitted') return d.actorId;
  }
  return null;
}
