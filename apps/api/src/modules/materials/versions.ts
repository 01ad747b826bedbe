import type { Db } from '@hoclieu/db';
import { type Actor, mayEditMaterial } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { loadMaterial, refreshAudience } from './repository.js';
import { createSharingService } from './sharing.js';

interface NewVersion {
  uploadIds: string[];
  keepFileIds: string[];
  note?: string | undefined;
}

/**
 * Editing the files makes a new version listing every file it holds (kept ones are referenced, not
 * copied); earlier versions stay as they were and stay downloadable.
 */
export function createVersionService(db: Db, onChange: () => void) {
  const sharing = createSharingService(db, onChange);
  return {
    async addVersion(actor: Actor, materialId: string, input: NewVersion) {
      const m = await loadMaterial(db, materialId);
      if (!mayEditMaterial(actor, m)) throw forbidden();
      const uploads = await db.upload.findMany({ where: { id: { in: input.uploadIds } } });
      if (uploads.length !== new Set(input.uploadIds).size) throw new AppError('UPLOAD_NOT_FOUND');
      if (uploads.some((u) => u.ownerId !== actor.userId)) throw forbidden();
      if (uploads.some((u) => u.status !== 'stored')) throw new AppError('UPLOAD_NOT_READY');
      const current = m.versions.find((v) => v.number === m.currentVersion);
      const kept = (current?.files ?? []).filter((f) => input.keepFileIds.includes(f.id));
      if (kept.length !== new Set(input.keepFileIds).size) throw new AppError('FILE_NOT_FOUND');
      const uploadIds = [...kept.map((f) => f.uploadId), ...input.uploadIds];
      if (uploadIds.length === 0)
        throw new AppError('VALIDATION_FAILED', [{ path: 'body.uploadIds', message: 'Cần ít nhất một tệp' }]);
      const number = m.currentVersion + 1;
      await db.$transaction(async (tx) => {
        await tx.materialVersion.create({
          data: {
            materialId,
            number,
            note: input.note ?? null,
            createdById: actor.userId,
            files: { create: uploadIds.map((uploadId, position) => ({ uploadId, position })) },
          },
        });
        await tx.material.update({ where: { id: materialId }, data: { currentVersion: number } });
        // Others keep the approved version until this one is approved again at the same scope.
        await sharing.resubmitIfChanged(tx, actor, materialId);
        await refreshAudience(tx, materialId);
      });
      onChange();
    },
  };
}
