import { describe, expect, inject, it } from 'vitest';
import { apiSignIn, assignedExam, call } from './api-calls.js';
import { heading, screenshot, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const TITLE = 'Thống kê câu trả lời – Toán (e2e)';
/** Students of 6A besides the showcase account (which the quiz journey uses). */
const STUDENTS = [2, 3, 4].map((n) => `hs.thcs-tienhoa.6a.${n}`);

type Part = { key: string; type: string; children?: Part[] };

describe('item statistics of short answers and essays', () => {
  const session = usePage();

  it('shows typed answers grouped as graded and essay score bands with the ungraded apart', async () => {
    const page = session.page();
    const request = page.request;

    // The teacher writes a short answer and an essay, makes a test of them and assigns it to 6A.
    let csrf = await apiSignIn(request, 'giaovien');
    const meta = { subjectCode: 'toan', grade: 6, level: 'hieu' };
    const short = await call(request, 'POST', '/api/questions', csrf, {
      content: { type: 'short_answer', stem: 'Tính 1 : 2', answer: { accepted: ['0,5'], tolerance: null } },
      meta,
    });
    const essay = await call(request, 'POST', '/api/questions', csrf, {
      content: {
        type: 'essay',
        stem: 'Trình bày cách so sánh hai phân số.',
        rubric: '<p>Quy đồng (1 điểm)</p>',
      },
      meta,
    });
    const classes = await call(request, 'GET', '/api/me/classes', csrf);
    const classId = (classes.items as { id: string; name: string }[]).find((c) => c.name === '6A')?.id;
    const assignment = await assignedExam(request, csrf, {
      title: TITLE,
      grade: 6,
      questionIds: [short.id, essay.id],
      classId: classId as string,
      seed: 'stats',
      minutes: 15,
      openForMs: 3_600_000,
    });

    // Three students: "0,5" and "0.5" are one answer to the grader, "1/2" another; essays typed.
    const typed = ['0,5', '0.5', '1/2'];
    for (const [i, username] of STUDENTS.entries()) {
      csrf = await apiSignIn(request, username);
      const view = await call(request, 'POST', `/api/assignments/${assignment.id}/attempts`, csrf);
      const parts = (view.questions as Part[]).flatMap((q) => [q, ...(q.children ?? [])]);
      const key = (type: string) => parts.find((p) => p.type === type)?.key as string;
      await call(request, 'PUT', `/api/attempts/${view.id}/answers`, csrf, {
        seq: 1,
        answers: [
          { key: key('short_answer'), answer: { text: typed[i] } },
          { key: key('essay'), answer: { text: `Bài làm của học sinh ${i + 1}.` } },
        ],
      });
      await call(request, 'POST', `/api/attempts/${view.id}/submit`, csrf);
    }

    // The teacher grades one essay on the results page.
    await page.context().clearCookies();
    await signIn(page, baseUrl, 'giaovien');
    await page.goto(`${baseUrl}/giao-bai/${assignment.id}/ket-qua`);
    await heading(page, `Kết quả: ${TITLE}`);
    await page.getByRole('button', { name: 'Chấm bài' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel(/^Điểm \(tối đa/).fill('1');
    await drawer.getByRole('button', { name: 'Lưu điểm' }).click();
    await page.getByText(/^Đã lưu điểm câu/).waitFor();
    await page.keyboard.press('Escape');

    const table = page.getByRole('table', { name: 'Thống kê từng câu' });
    const responses = table.getByTestId('short-answer-responses').first();
    await expect.poll(() => responses.textContent()).toContain('0,5: 2 ✓');
    expect(await responses.textContent()).toContain('1/2: 1');
    const bands = table.getByTestId('essay-bands');
    await expect.poll(() => table.getByTestId('essay-ungraded').textContent()).toBe('chưa chấm: 2');
    expect(await bands.textContent()).not.toContain('0 điểm: 1');
    expect(await table.textContent()).toContain('Còn 2 bài chưa chấm, chưa tính vào độ khó.');
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'item-statistics');
  });
});
