import type { APIRequestContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiSignIn, assignedExam, call, classIdOf, submittedBy } from './api-calls.js';
import { heading, screenshot, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const TITLE = 'Thống kê câu trả lời – Toán (e2e)';
/** Students of 6A besides the showcase account (which the quiz journey uses). */
const STUDENTS = [2, 3, 4].map((n) => `hs.thcs-tienhoa.6a.${n}`);

type Part = { key: string; type: string; children?: Part[] };

/**
 * The teacher's short answer and essay, in a test assigned to 6A, submitted by three students:
 * "0,5" and "0.5" are one answer to the grader, "1/2" another; essays typed.
 */
async function submittedTest(request: APIRequestContext) {
  const csrf = await apiSignIn(request, 'giaovien');
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
  const assignment = await assignedExam(request, csrf, {
    title: TITLE,
    grade: 6,
    questionIds: [short.id, essay.id],
    classId: await classIdOf(request, csrf, '6A'),
    seed: 'stats',
    minutes: 15,
    openForMs: 3_600_000,
  });
  const typed = ['0,5', '0.5', '1/2'];
  await submittedBy<{ questions: Part[] }>(request, assignment.id, STUDENTS, (paper, i) => {
    const parts = paper.questions.flatMap((q) => [q, ...(q.children ?? [])]);
    const key = (type: string) => parts.find((p) => p.type === type)?.key as string;
    return [
      { key: key('short_answer'), answer: { text: typed[i] } },
      { key: key('essay'), answer: { text: `Bài làm của học sinh ${i + 1}.` } },
    ];
  });
  return assignment;
}

describe('item statistics of short answers and essays', () => {
  const session = usePage();

  it('shows typed answers grouped as graded and essay score bands with the ungraded apart', async () => {
    const page = session.page();
    const assignment = await submittedTest(page.request);

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
