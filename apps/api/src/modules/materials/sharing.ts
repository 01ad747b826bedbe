import type { Db } from '@hoclieu/db';
import type { SharedItem, SharingKind } from '../sharing/kind.js';
import { requesterOf } from '../sharing/kind.js';
import { reviewQueueQuery } from '../sharing/review-queue.js';
import { createSharingWorkflow } from '../sharing/workflow.js';
import {
  loadMaterial,
  type MaterialRow,
  materialInclude,
  placementOf,
  refreshAudience,
} from './repository.js';

type SharingColumns = Parameters<typeof placementOf>[0] &
  Pick<
    MaterialRow,
    | 'id'
    | 'currentVersion'
    | 'approvedVersion'
    | 'title'
    | 'approvedTitle'
    | 'description'
    | 'approvedDescription'
  > & { decisions: { action: string; actorId: string }[] };

function itemOf(m: SharingColumns): SharedItem {
  return {
    id: m.id,
    placement: placementOf(m),
    approval: {
      scope: m.scope,
      currentVersion: m.currentVersion,
      approvedVersion: m.approvedVersion,
      title: m.title,
      approvedTitle: m.approvedTitle,
      description: m.description,
      approvedDescription: m.approvedDescription,
    },
    requesterId: requesterOf(m.decisions),
  };
}

/** What approving a material copies: others see this version, title and description. */
interface MaterialApproval {
  approvedVersion: number;
  approvedTitle: string;
  approvedDescription: string | null;
}

/** Materials in the sharing workflow: approval also covers the title and the description. */
const materialSharing: SharingKind<MaterialRow, MaterialApproval> = {
  kind: 'material',
  // Reviewers of a private material's request reach it by role, as before: no audience check here.
  load: (db, _actor, id) => loadMaterial(db, id),
  async read(tx, id) {
    const m = await tx.material.findUniqueOrThrow({
      where: { id },
      include: {
        author: { select: { role: true } },
        decisions: { orderBy: { createdAt: 'asc' } },
        onlineLessons: { select: { classId: true } },
      },
    });
    return itemOf(m);
  },
  item: itemOf,
  ready(m) {
    const current = m.versions.find((v) => v.number === m.currentVersion);
    return current?.files.some((f) => f.upload.status === 'stored') ?? false;
  },
  notAllowed: 'SHARE_NOT_ALLOWED',
  async write(tx, id, data) {
    await tx.material.update({ where: { id }, data });
  },
  async approvedCopy(tx, id) {
    const m = await tx.material.findUniqueOrThrow({ where: { id } });
    return { approvedVersion: m.currentVersion, approvedTitle: m.title, approvedDescription: m.description };
  },
  async record(tx, materialId, decision) {
    await tx.shareDecision.create({ data: { materialId, ...decision } });
  },
  refresh: (tx, id) => refreshAudience(tx, id),
  queue: (db: Db, tokens) => db.material.findMany({ ...reviewQueueQuery(tokens), include: materialInclude }),
};

/** The sharing workflow for materials (private -> school -> district -> province). */
export function createSharingService(db: Db, onChange: () => void) {
  return createSharingWorkflow(db, materialSharing, onChange);
}
