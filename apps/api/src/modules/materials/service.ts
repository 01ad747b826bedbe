import { buildPath, type MaterialInput, materialEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, isVisible, mayCreateMaterial, mayEditMaterial, viewerTokens } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { authoredBy } from '../org/authorship.js';
import { userNames } from '../org/user-names.js';
import { classIdsOf } from './access.js';
import { seesPendingMaterial } from './approved-view.js';
import type { PackageTokens } from './package-token.js';
import { loadMaterial, type MaterialRow, refreshAudience } from './repository.js';
import { createSharingService } from './sharing.js';
import { detailOf, summaryOf } from './view.js';

type Input = Required<Omit<MaterialInput, 'description'>> & { description: string };

export function createMaterialService(db: Db, onChange: () => void, packageTokens: PackageTokens) {
  const sharing = createSharingService(db, onChange);
  const packageUrl = (fileId: string, entryPage: string) =>
    buildPath(materialEndpoints.packageFile.path, { token: packageTokens.issue(fileId), '*': entryPage });

  const actorNames = (m: MaterialRow) =>
    userNames(
      db,
      m.decisions.map((d) => d.actorId),
    );

  /**
   * Loads a material the actor may see, or refuses; the same check guards every read. `pending`:
   * whether they see it as it is now, or only as it was approved (see approved-view.ts).
   */
  async function viewMaterial(actor: Actor, materialId: string) {
    const m = await loadMaterial(db, materialId);
    const classIds = await classIdsOf(db, actor);
    if (!isVisible(m.audience, viewerTokens(actor, classIds))) throw forbidden();
    return { material: m, pending: seesPendingMaterial(actor, m, classIds) };
  }

  async function visibleMaterial(actor: Actor, materialId: string) {
    return (await viewMaterial(actor, materialId)).material;
  }

  async function detail(actor: Actor, materialId: string) {
    const m = await loadMaterial(db, materialId);
    const pending = seesPendingMaterial(actor, m, await classIdsOf(db, actor));
    return detailOf(m, actor, await actorNames(m), packageUrl, pending);
  }

  async function checkReferences(input: Partial<Input>) {
    if (input.subjectCode && !(await db.subject.findUnique({ where: { code: input.subjectCode } }))) {
      throw new AppError('SUBJECT_NOT_FOUND');
    }
    if (input.topicIds?.length) {
      const found = await db.topic.count({ where: { id: { in: input.topicIds } } });
      if (found !== new Set(input.topicIds).size) throw new AppError('TOPIC_NOT_FOUND');
    }
  }

  return {
    visibleMaterial,
    viewMaterial,
    detail,

    async create(actor: Actor, input: Input) {
      if (!mayCreateMaterial(actor)) throw forbidden();
      await checkReferences(input);
      const { topicIds, ...fields } = input;
      const id = await db.$transaction(async (tx) => {
        const m = await tx.material.create({
          data: {
            ...fields,
            ...authoredBy(actor),
            topics: { create: [...new Set(topicIds)].map((topicId) => ({ topicId })) },
          },
        });
        await refreshAudience(tx, m.id);
        return m.id;
      });
      onChange();
      return detail(actor, id);
    },

    async get(actor: Actor, materialId: string) {
      const m = await visibleMaterial(actor, materialId);
      if (m.authorId !== actor.userId) {
        await db.material.update({ where: { id: m.id }, data: { viewCount: { increment: 1 } } });
      }
      return detail(actor, materialId);
    },

    async update(actor: Actor, materialId: string, input: Partial<Input>) {
      const m = await loadMaterial(db, materialId);
      if (!mayEditMaterial(actor, m)) throw forbidden();
      await checkReferences(input);
      const { topicIds, ...fields } = input;
      await db.$transaction(async (tx) => {
        await tx.material.update({ where: { id: materialId }, data: fields });
        if (topicIds) {
          await tx.materialTopic.deleteMany({ where: { materialId } });
          await tx.materialTopic.createMany({
            data: [...new Set(topicIds)].map((topicId) => ({ materialId, topicId })),
          });
        }
        // A new title or description of an approved material waits for re-approval.
        await sharing.resubmitIfChanged(tx, actor, materialId);
        await refreshAudience(tx, materialId);
        await recordAudit(tx, {
          actor,
          action: 'material.update',
          resourceType: 'material',
          resourceId: materialId,
          scope: m,
          details: { fields: Object.keys(input) },
        });
      });
      onChange();
      return detail(actor, materialId);
    },

    /** Materials waiting for this actor's decision. */
    async reviewQueue(actor: Actor) {
      // Reviewers see what they are asked to approve: the pending title.
      return { items: (await sharing.reviewQueue(actor)).map(summaryOf) };
    },
  };
}

export type MaterialService = ReturnType<typeof createMaterialService>;
