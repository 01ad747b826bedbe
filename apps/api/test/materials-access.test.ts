import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { pdfWith, publishMaterial, uploadFile } from './material-files.js';
import { buildWorld, get, type World } from './world.js';

let t: TestApp;
let w: World;
let material: { id: string; versions: { files: { id: string }[] }[] };
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  material = await publishMaterial(w.teacher.client, 'Bài giảng riêng tư');
});
afterAll(() => t.close());

type Client = World['teacher']['client'];
const post = (client: Client, url: string, payload: object = {}) =>
  client.request({ method: 'POST', url, payload });

describe('every material route refuses who may not', () => {
  it('keeps the author’s edits to the author', async () => {
    const url = `/api/materials/${material.id}`;
    for (const who of [w.otherTeacher, w.schoolAdmin, w.districtOfficer]) {
      expect((await who.client.request({ method: 'PATCH', url, payload: { title: 'x' } })).statusCode).toBe(
        403,
      );
    }
    const upload = await uploadFile(w.otherTeacher.client, 'b.pdf', pdfWith('b'));
    const version = await post(w.otherTeacher.client, `${url}/versions`, { uploadIds: [upload.json().id] });
    expect(version.statusCode).toBe(403);
    // The author cannot attach someone else's upload either.
    const stolen = await post(w.teacher.client, `${url}/versions`, { uploadIds: [upload.json().id] });
    expect(stolen.statusCode).toBe(403);
  });

  it('hides an unshared material’s files, thumbnail and detail from everyone else', async () => {
    const fileId = material.versions[0]?.files[0]?.id;
    const urls = [
      `/api/materials/${material.id}`,
      `/api/materials/${material.id}/files/${fileId}/content`,
      `/api/materials/${material.id}/files/${fileId}/thumbnail`,
    ];
    for (const who of [w.otherTeacher, w.student, w.schoolAdmin, w.districtOfficer, w.otherProvinceOfficer]) {
      for (const url of urls) expect((await get(who.client, url)).statusCode, `${url}`).toBe(403);
    }
  });

  it('lets nobody but the author submit, nobody but the reviewer decide, only the province feature', async () => {
    const url = `/api/materials/${material.id}`;
    expect((await post(w.otherTeacher.client, `${url}/share-requests`, { scope: 'school' })).statusCode).toBe(
      403,
    );
    expect((await post(w.student.client, `${url}/share-requests`, { scope: 'school' })).statusCode).toBe(403);
    expect((await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' })).statusCode).toBe(
      403,
    );
    await post(w.teacher.client, `${url}/share-requests`, { scope: 'school' });
    expect((await post(w.teacher.client, `${url}/decisions`, { decision: 'approve' })).statusCode).toBe(403);
    expect(
      (await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'reject', reason: '' })).statusCode,
    ).toBe(400);
    await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' });
    await post(w.schoolAdmin.client, `${url}/share-requests`, { scope: 'district' });
    await post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' });
    await post(w.districtOfficer.client, `${url}/share-requests`, { scope: 'province' });
    expect(
      (await post(w.otherProvinceOfficer.client, `${url}/decisions`, { decision: 'approve' })).statusCode,
    ).toBe(403);
    expect(
      (await post(w.provinceOfficer.client, `${url}/decisions`, { decision: 'approve' })).json().scope,
    ).toBe('province');
    expect((await post(w.districtOfficer.client, `${url}/featured`, { featured: true })).statusCode).toBe(
      403,
    );
    const featured = await post(w.provinceOfficer.client, `${url}/featured`, { featured: true });
    expect(featured.json().featured).toBe(true);
  });

  it('keeps uploads to their owner', async () => {
    const ticket = await post(w.teacher.client, '/api/uploads', { fileName: 'a.pdf', size: 10 });
    const other = await post(w.otherTeacher.client, `/api/uploads/${ticket.json().uploadId}/complete`);
    expect(other.statusCode).toBe(403);
  });

  it('shows the review queue only to reviewers, and students create nothing', async () => {
    expect((await get(w.teacher.client, '/api/reviews/materials')).json().items).toEqual([]);
    const created = await post(w.student.client, '/api/materials', {
      title: 'x',
      type: 'other',
      licence: 'cc_by',
    });
    expect(created.statusCode).toBe(403);
  });
});
