import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { auditTrail } from './helpers.js';
import { approvedQuestion, choiceQuestion, createQuestion, nearDuplicates } from './question-fixtures.js';
import { get, post, type World } from './world.js';

const { t, w } = await fileWorld();

const search = async (client: World['teacher']['client'], query: string) => {
  await t.app.searchOutbox.drain();
  const response = await get(client, `/api/questions?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { id: string; stem: string }[];
    total: number;
    facets: Record<string, Record<string, number>>;
  };
};

describe('authoring questions', () => {
  it('saves a valid question as a private draft, version 1, with its math kept', async () => {
    const q = await createQuestion(w.teacher.client, choiceQuestion('Phương trình dao động điều hòa là'));
    const detail = (await get(w.teacher.client, `/api/questions/${q.id}`)).json();
    expect(detail).toMatchObject({
      status: 'draft',
      scope: 'private',
      currentVersion: 1,
      type: 'single_choice',
    });
    expect(detail.content.options[0].html).toContain('data-latex="x = A\\cos(\\omega t + \\varphi)"');
    expect(detail.permissions).toEqual({ edit: true, submit: true, review: false, reviewBlocked: null });
    expect(detail.nextScope).toBe('school');
  });

  it('refuses content that breaks the rules, naming the problem in Vietnamese', async () => {
    const input = choiceQuestion('Câu hỏi chưa có đáp án');
    for (const option of input.content.options ?? []) option.correct = false;
    const response = await post(w.teacher.client, '/api/questions', input);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('QUESTION_INVALID');
    expect(response.json().error.issues[0].message).toBe('Câu hỏi chưa có đáp án đúng.');

    const fourStatements = await post(w.teacher.client, '/api/questions', {
      content: {
        type: 'true_false_group',
        stem: 'Cho hàm số',
        statements: [{ label: 'a', html: 'x', correct: true }],
      },
      meta: {},
    });
    expect(fourStatements.json().error.issues[0].message).toContain('4 ý');
    const shortAnswer = await post(w.teacher.client, '/api/questions', {
      content: { type: 'short_answer', stem: 'Tính', answer: { accepted: ['một nửa'], tolerance: null } },
      meta: {},
    });
    expect(shortAnswer.json().error.issues[0].message).toContain('phải là một số');
  });

  it('sanitises HTML: scripts, handlers and foreign images go, math and formatting stay', async () => {
    const stem =
      '<p onclick="x()">Tính <strong>nhanh</strong><script>alert(1)</script></p>' +
      '<img src="https://evil.example/a.png" onerror="alert(1)"><span class="math evil" data-latex="\\frac{1}{2}" style="x"></span>' +
      '<a href="javascript:alert(1)">link</a><iframe src="/"></iframe>';
    const q = await createQuestion(w.teacher.client, choiceQuestion(stem));
    const saved = (await get(w.teacher.client, `/api/questions/${q.id}`)).json().content.stem as string;
    expect(saved).toBe(
      '<p>Tính <strong>nhanh</strong></p><span class="math" data-latex="\\frac{1}{2}"></span>link',
    );
  });

  it('edits a draft in place, and makes a new version once approved; old versions stay readable', async () => {
    const q = await createQuestion(w.teacher.client, choiceQuestion('Chu kì của con lắc đơn phụ thuộc vào'));
    const url = `/api/questions/${q.id}`;
    const edit = async (stem: string) =>
      w.teacher.client.request({ method: 'PUT', url, payload: choiceQuestion(stem) });
    expect((await edit('Chu kì dao động của con lắc đơn phụ thuộc vào')).json().currentVersion).toBe(1);
    await post(w.teacher.client, `${url}/share-requests`, { scope: 'school' });
    await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' });
    const edited = (await edit('Chu kì dao động nhỏ của con lắc đơn phụ thuộc vào')).json();
    expect(edited).toMatchObject({ currentVersion: 2, status: 'approved', scope: 'school' });
    expect(edited.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const v1 = (await get(w.teacher.client, `${url}/versions/1`)).json();
    expect(v1.content.stem).toBe('Chu kì dao động của con lắc đơn phụ thuộc vào');
    // Saving the same content again is not a new version.
    expect((await edit('Chu kì dao động nhỏ của con lắc đơn phụ thuộc vào')).json().currentVersion).toBe(2);
  });

  it('deletes drafts only', async () => {
    const draft = await createQuestion(w.teacher.client, choiceQuestion('Câu nháp để xoá đi'));
    expect(
      (await w.teacher.client.request({ method: 'DELETE', url: `/api/questions/${draft.id}` })).statusCode,
    ).toBe(200);
    expect((await get(w.teacher.client, `/api/questions/${draft.id}`)).statusCode).toBe(404);
    const approved = await approvedQuestion(
      w.teacher.client,
      w.schoolAdmin.client,
      'Câu đã duyệt không xoá được',
    );
    const refused = await w.teacher.client.request({
      method: 'DELETE',
      url: `/api/questions/${approved.id}`,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('QUESTION_IN_USE');
  });
});

describe('review and visibility', () => {
  it('goes draft -> submitted -> approved, with a reason on rejection and an audit trail', async () => {
    const q = await createQuestion(w.teacher.client, choiceQuestion('Biên độ dao động là gì'));
    const url = `/api/questions/${q.id}`;
    const submitted = (await post(w.teacher.client, `${url}/share-requests`, { scope: 'school' })).json();
    expect(submitted.status).toBe('submitted');
    const queue = (await get(w.schoolAdmin.client, '/api/reviews/questions')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(q.id);
    const rejected = (
      await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'reject', reason: 'Thiếu lời giải' })
    ).json();
    expect(rejected).toMatchObject({ status: 'draft', rejectionReason: 'Thiếu lời giải' });
    await post(w.teacher.client, `${url}/share-requests`, { scope: 'school' });
    const approved = (await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' })).json();
    expect(approved).toMatchObject({ status: 'approved', scope: 'school', rejectionReason: null });
    const audit = await auditTrail(t, q.id);
    expect(audit.map((a) => a.action)).toEqual([
      'question.submitted',
      'question.rejected',
      'question.submitted',
      'question.approved',
    ]);
  });

  it('shows a draft to its author only, a school question to the school and its offices', async () => {
    const q = await createQuestion(w.teacher.client, choiceQuestion('Tần số góc của dao động'));
    const url = `/api/questions/${q.id}`;
    for (const who of [w.otherTeacher, w.schoolAdmin, w.districtOfficer, w.student]) {
      expect((await get(who.client, url)).statusCode).toBe(403);
    }
    await post(w.teacher.client, `${url}/share-requests`, { scope: 'school' });
    expect((await get(w.schoolAdmin.client, url)).statusCode).toBe(200);
    expect((await get(w.otherTeacher.client, url)).statusCode).toBe(403);
    await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' });
    expect((await get(w.districtOfficer.client, url)).statusCode).toBe(200);
    for (const who of [w.otherTeacher, w.otherSchoolAdmin, w.otherProvinceOfficer, w.student]) {
      expect((await get(who.client, url)).statusCode, who.user.username).toBe(403);
    }
  });

  it('lets only the right reviewer decide each level', async () => {
    const q = await createQuestion(w.teacher.client, choiceQuestion('Gia tốc trong dao động điều hòa'));
    const url = `/api/questions/${q.id}`;
    expect((await post(w.otherTeacher.client, `${url}/share-requests`, { scope: 'school' })).statusCode).toBe(
      403,
    );
    expect((await post(w.teacher.client, `${url}/share-requests`, { scope: 'district' })).statusCode).toBe(
      422,
    );
    await post(w.teacher.client, `${url}/share-requests`, { scope: 'school' });
    for (const who of [w.teacher, w.otherSchoolAdmin, w.districtOfficer]) {
      expect((await post(who.client, `${url}/decisions`, { decision: 'approve' })).statusCode).toBe(403);
    }
    await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' });
    await post(w.schoolAdmin.client, `${url}/share-requests`, { scope: 'district' });
    expect(
      (await post(w.otherProvinceOfficer.client, `${url}/decisions`, { decision: 'approve' })).statusCode,
    ).toBe(403);
    const district = (
      await post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' })
    ).json();
    expect(district.scope).toBe('district');
    expect((await get(w.otherTeacher.client, url)).statusCode).toBe(200);
    // Seeing a shared question is not owning it: only its author edits, deletes or tags it.
    for (const who of [w.otherTeacher, w.schoolAdmin, w.districtOfficer]) {
      const edit = await who.client.request({
        method: 'PUT',
        url,
        payload: choiceQuestion('Sửa câu của người khác'),
      });
      expect(edit.statusCode).toBe(403);
      expect((await who.client.request({ method: 'DELETE', url })).statusCode).toBe(403);
      expect((await post(who.client, '/api/questions/tags', { ids: [q.id], add: ['x'] })).statusCode).toBe(
        403,
      );
    }
  });

  it('keeps students out of every bank route: answer keys live here', async () => {
    const q = await approvedQuestion(
      w.teacher.client,
      w.schoolAdmin.client,
      'Học sinh không được xem câu này',
    );
    const s = w.student.client;
    expect((await get(s, '/api/questions')).statusCode).toBe(403);
    expect((await get(s, `/api/questions/${q.id}`)).statusCode).toBe(403);
    expect((await get(s, `/api/questions/${q.id}/versions/1`)).statusCode).toBe(403);
    expect((await get(s, '/api/reviews/questions')).statusCode).toBe(403);
    expect((await post(s, '/api/questions', choiceQuestion('Học sinh soạn câu hỏi'))).statusCode).toBe(403);
    expect((await post(s, '/api/questions/check', choiceQuestion('x'))).statusCode).toBe(403);
    expect((await post(s, '/api/questions/export', { format: 'moodle_xml', ids: [q.id] })).statusCode).toBe(
      403,
    );
  });
});

describe('finding questions', () => {
  it('finds "dao dong dieu hoa" typed without diacritics, only among what the viewer may see', async () => {
    const mine = await createQuestion(
      w.otherTeacher.client,
      choiceQuestion('Vật dao động điều hòa với biên độ 5 cm'),
    );
    const shared = await approvedQuestion(
      w.teacher.client,
      w.schoolAdmin.client,
      'Một vật dao động điều hòa theo phương trình',
    );
    const found = await search(w.teacher.client, 'q=dao%20dong%20dieu%20hoa');
    const ids = found.items.map((i) => i.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(mine.id);
    expect(
      (await search(w.otherTeacher.client, 'q=dao%20dong%20dieu%20hoa&mine=true')).items.map((i) => i.id),
    ).toEqual([mine.id]);
    expect(found.facets.status?.approved).toBeGreaterThan(0);
  });

  it('filters by facets', async () => {
    await createQuestion(
      w.teacher.client,
      choiceQuestion('Câu hỏi mức vận dụng về sóng cơ', { level: 'van_dung', grade: 11 }),
    );
    const result = await search(w.teacher.client, 'q=song%20co&level=van_dung&grade=11');
    expect(result.total).toBe(1);
    expect((await search(w.teacher.client, 'q=song%20co&level=biet')).total).toBe(0);
  });

  it('finds an edited question by its new words', async () => {
    const q = await createQuestion(w.teacher.client, choiceQuestion('Câu hỏi về khúc xạ ánh sáng'));
    await w.teacher.client.request({
      method: 'PUT',
      url: `/api/questions/${q.id}`,
      payload: choiceQuestion('Câu hỏi về phản xạ toàn phần'),
    });
    expect((await search(w.teacher.client, 'q=phan%20xa%20toan%20phan')).items.map((i) => i.id)).toEqual([
      q.id,
    ]);
    expect((await search(w.teacher.client, 'q=khuc%20xa')).total).toBe(0);
  });

  it('warns about a near-duplicate in scope, with a link, and never leaks one out of scope', async () => {
    const { original, hidden } = await nearDuplicates(
      w,
      'Một con lắc lò xo gồm vật nhỏ khối lượng 100 g và lò xo có độ cứng 40 N/m',
      'Một con lắc lò xo gồm vật nhỏ khối lượng 250 g và lò xo nhẹ',
    );
    const check = await post(w.teacher.client, '/api/questions/check', {
      content: choiceQuestion('Một con lắc lò xo gồm vật nhỏ khối lượng 100g và lò xo có độ cứng 40 N/m.')
        .content,
    });
    const similar = check.json().similar as { id: string; similarity: number; stemText: string }[];
    expect(similar.map((s) => s.id)).toContain(original.id);
    expect(similar.map((s) => s.id)).not.toContain(hidden.id);
    expect(similar[0]?.stemText).toContain('con lắc lò xo');
    const unrelated = await post(w.teacher.client, '/api/questions/check', {
      content: choiceQuestion('Hãy nêu định luật bảo toàn năng lượng').content,
    });
    expect(unrelated.json().similar).toEqual([]);
  });

  it('tags many of one’s own questions at once, and no one else’s', async () => {
    const a = await createQuestion(w.teacher.client, choiceQuestion('Câu gắn thẻ số một'));
    const b = await createQuestion(w.teacher.client, choiceQuestion('Câu gắn thẻ số hai'));
    const done = await post(w.teacher.client, '/api/questions/tags', {
      ids: [a.id, b.id],
      add: ['on-tap'],
      remove: ['dao-dong'],
    });
    expect(done.json()).toEqual({ updated: 2 });
    expect((await get(w.teacher.client, `/api/questions/${a.id}`)).json().tags).toEqual(['on-tap']);
    const other = await createQuestion(w.otherTeacher.client, choiceQuestion('Câu của người khác'));
    expect(
      (await post(w.teacher.client, '/api/questions/tags', { ids: [a.id, other.id], add: ['x'] })).statusCode,
    ).toBe(403);
    expect((await get(w.teacher.client, `/api/questions/${a.id}`)).json().tags).toEqual(['on-tap']);
  });
});
