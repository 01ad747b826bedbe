import { Readable } from 'node:stream';
import type { ShareScope } from '@hoclieu/contracts';
import { refreshAudience } from '../../src/modules/materials/repository.js';
import { refreshQuestion } from '../../src/modules/questions/repository.js';
import type { TestApp } from '../../test/helpers.js';
import { pdfWith, uploadFile, zipOf } from '../../test/material-files.js';
import { choiceQuestion } from '../../test/question-fixtures.js';
import { ok } from './ok-response.js';
import { type Person, SUBJECT } from './world-org.js';

/**
 * Library resources made on demand by their owners through the API: materials, questions, uploads
 * and the stored files (question images, thumbnails) production workers would write.
 */
export function libraryMakers(t: TestApp, next: () => number) {
  const { db } = t;

  /** A material by `author`, moved to a share state directly (the workflow has its own tests). */
  async function material(
    author: Person,
    options: { scope?: ShareScope; requested?: ShareScope | null; file?: 'pdf' | 'html5' } = {},
  ) {
    const title = `Học liệu ${next()}`;
    const created = await ok<{ id: string }>(
      'material',
      await author.client.request({
        method: 'POST',
        url: '/api/materials',
        payload: { title, type: 'document', licence: 'cc_by', grade: 6, subjectCode: SUBJECT },
      }),
    );
    let fileId: string | null = null;
    let packageUrl: string | null = null;
    if (options.file) {
      const bytes =
        options.file === 'pdf'
          ? pdfWith('Phan so')
          : await zipOf({ 'index.html': '<!doctype html><p>Mô phỏng</p>' });
      const upload = await ok<{ id: string }>(
        'upload',
        await uploadFile(author.client, options.file === 'pdf' ? 'bai.pdf' : 'mo-phong.zip', bytes),
      );
      const detail = await ok<{ versions: { files: { id: string; packageUrl: string | null }[] }[] }>(
        'version',
        await author.client.request({
          method: 'POST',
          url: `/api/materials/${created.id}/versions`,
          payload: { uploadIds: [upload.id] },
        }),
      );
      const file = detail.versions[0]?.files[0];
      fileId = file?.id ?? null;
      packageUrl = file?.packageUrl ?? null;
    }
    if (options.scope || options.requested) {
      await db.material.update({
        where: { id: created.id },
        data: { scope: options.scope ?? 'private', requestedScope: options.requested ?? null },
      });
      await refreshAudience(db, created.id);
    }
    return { id: created.id, fileId, packageUrl };
  }

  /** A valid single-choice question by `author` (Toán 6), moved to a share state directly. */
  async function question(
    author: Person,
    options: { scope?: ShareScope; requested?: ShareScope | null } = {},
  ) {
    const created = await ok<{ id: string }>(
      'question',
      await author.client.request({
        method: 'POST',
        url: '/api/questions',
        payload: choiceQuestion(`Câu hỏi kiểm tra quyền số ${next()}`, { subjectCode: SUBJECT, grade: 6 }),
      }),
    );
    if (options.scope || options.requested) {
      await db.question.update({
        where: { id: created.id },
        data: { scope: options.scope ?? 'private', requestedScope: options.requested ?? null },
      });
      await refreshQuestion(db, created.id);
    }
    return created;
  }

  /** An upload ticket of `owner`'s, with its bytes sent when asked. */
  async function upload(owner: Person, options: { sent?: boolean } = {}) {
    const bytes = pdfWith('Tai len');
    const ticket = await ok<{ uploadId: string; url: string }>(
      'ticket',
      await owner.client.request({
        method: 'POST',
        url: '/api/uploads',
        payload: { fileName: `tep-${next()}.pdf`, size: bytes.length },
      }),
    );
    if (options.sent)
      await ok(
        'put',
        await owner.client.request({
          method: 'PUT',
          url: ticket.url,
          payload: bytes,
          headers: { 'content-type': 'application/octet-stream' },
        }),
      );
    return { id: ticket.uploadId, bytes };
  }

  /** A stored upload of `owner`'s, ready to go into a material version. */
  async function storedUpload(owner: Person) {
    return ok<{ id: string }>(
      'stored upload',
      await uploadFile(owner.client, `tep-${next()}.pdf`, pdfWith('Ban moi')),
    );
  }

  /** A stored question image, by its SHA-256 (images are content-addressed). */
  async function questionImage() {
    const sha256 = 'a'.repeat(64);
    const bytes = Buffer.from('GIF89a');
    await t.storage.put(`question-images/${sha256}`, Readable.from([bytes]), {
      contentType: 'image/gif',
      size: bytes.length,
    });
    return sha256;
  }

  /** A thumbnail for a material file (the media worker makes them in production). */
  async function thumbnail(fileId: string) {
    const file = await db.materialFile.findUniqueOrThrow({ where: { id: fileId } });
    const key = `thumbnails/${file.uploadId}.png`;
    const bytes = Buffer.from('PNG');
    await t.storage.put(key, Readable.from([bytes]), { contentType: 'image/png', size: bytes.length });
    await db.upload.update({ where: { id: file.uploadId }, data: { thumbnailKey: key } });
  }

  return { material, question, upload, storedUpload, questionImage, thumbnail };
}
