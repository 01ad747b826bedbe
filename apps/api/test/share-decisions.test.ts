import { describe, expect, it } from 'vitest';
import { stemTitle } from '../src/modules/sharing/my-decisions.js';
import { fileWorld } from './file-app.js';
import { publishMaterial } from './material-files.js';
import { approvedQuestion, post } from './question-fixtures.js';
import { get, type World } from './world.js';

const { w } = await fileWorld();

const mine = async (client: World['teacher']['client']) => {
  const response = await get(client, '/api/me/share-decisions');
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: {
      kind: string;
      itemId: string;
      title: string;
      action: string;
      reason: string | null;
      actor: string;
    }[];
  };
};

/** A material of the teacher's, submitted to the school and rejected by its admin for `reason`. */
async function rejectedMaterial(title: string, reason: string) {
  const m = await publishMaterial(w.teacher.client, title);
  await post(w.teacher.client, `/api/materials/${m.id}/share-requests`, { scope: 'school' });
  await post(w.schoolAdmin.client, `/api/materials/${m.id}/decisions`, { decision: 'reject', reason });
  return m;
}

describe('GET /api/me/share-decisions', () => {
  it("lists approvals and rejections of the author's materials and questions, newest first", async () => {
    const m = await rejectedMaterial('Bài giảng Phân số', 'Thiếu nguồn trích dẫn');
    const q = await approvedQuestion(
      w.teacher.client,
      w.schoolAdmin.client,
      'Số <b>nguyên tố</b> nhỏ nhất là',
    );

    const { items } = await mine(w.teacher.client);
    expect(items.slice(0, 2)).toMatchObject([
      { kind: 'question', itemId: q.id, title: 'Số nguyên tố nhỏ nhất là', action: 'approved', reason: null },
      {
        kind: 'material',
        itemId: m.id,
        title: 'Bài giảng Phân số',
        action: 'rejected',
        reason: 'Thiếu nguồn trích dẫn',
        actor: w.schoolAdmin.user.fullName,
      },
    ]);
    // Submissions are the author's own acts, not decisions.
    expect(items.every((i) => i.action === 'approved' || i.action === 'rejected')).toBe(true);
  });

  it('never shows another author their colleague’s decisions; students are refused', async () => {
    const m = await rejectedMaterial('Bài giảng riêng', 'Sai chính tả');
    for (const who of [w.otherTeacher, w.schoolAdmin]) {
      const ids = (await mine(who.client)).items.map((i) => i.itemId);
      expect(ids).not.toContain(m.id);
    }
    expect((await get(w.student.client, '/api/me/share-decisions')).statusCode).toBe(403);
  });
});

describe('stemTitle', () => {
  it('keeps formulas as $…$ and never cuts one in half', () => {
    const stem = '<p>Tính <span class="math" data-latex="\\frac{1}{2} &lt; x"></span> + 1 &amp; 2</p>';
    expect(stemTitle({ stem })).toBe('Tính $\\frac{1}{2} < x$ + 1 & 2');
    const long = `<p>${'a'.repeat(110)} <span class="math" data-latex="${'x'.repeat(30)}"></span></p>`;
    expect(stemTitle({ stem: long })).toBe(`${'a'.repeat(110)}…`);
  });
});
