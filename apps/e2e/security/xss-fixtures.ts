import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../browser/journey.js';
import { pdfWith } from '../browser/material-fixtures.js';

/** What the XSS journey stores through the API as a teacher: hostile HTML in every rich-text field. */
const baseUrl = inject('baseUrl');

/** Each vector sets `window.__xss` (or calls alert) if it ever runs. */
const payloads = [
  '<img src=x onerror="window.__xss=\'img\'">',
  '<script>window.__xss="script"</script>',
  '<a href="javascript:window.__xss=\'link\'">liên kết độc</a>',
  '<svg onload="window.__xss=\'svg\'"><circle r="5"></circle></svg>',
  '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
  '<p style="background:url(javascript:window.__xss=\'style\')" onmouseover="window.__xss=\'hover\'">đoạn có style</p>',
  '<img src="/api/health" onload="alert(\'onload\')">',
  '<details open ontoggle="window.__xss=\'toggle\'"><summary>chi tiết</summary></details>',
  // Closed: unclosed, the sanitiser rightly swallows everything after <style> (raw text), and the
  // words after the payloads, which the test looks for, with it.
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'mxss\'"></style></mglyph></table></mtext></math>',
  '<span class="math" data-latex="\\href{javascript:window.__xss=\'katex\'}{bấm vào đây}"></span>',
  '<span class="math" data-latex="\\url{javascript:alert(1)}"></span>',
  '<form action="javascript:window.__xss=\'form\'"><button>Gửi</button></form>',
  '<object data="javascript:window.__xss=\'object\'"></object><embed src="javascript:alert(1)">',
  '<div onclick="window.__xss=\'click\'" class="math" data-latex="x^2">bấm</div>',
].join(' ');

/** Visible text around the payloads, and a payload typed as text (escaped), which must show as text. */
const rich = (label: string) =>
  `<p>Đầu ${label}</p> ${payloads} <p>Chữ &lt;script&gt;alert(1)&lt;/script&gt; hiển thị như chữ</p> <p>Cuối ${label}</p>`;
/** Plain-text fields (titles, descriptions, tags) get the raw payload: React must show it as text. */
export const plain = (label: string) =>
  `${label} <img src=x onerror=alert(1)><script>window.__xss=1</script>`;

interface ApiSession {
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  put(path: string, bytes: Buffer): Promise<void>;
}

/** Signs in with Node's fetch and returns a client that sends the cookie and the CSRF token. */
async function apiSession(username: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    async call(method, path, body) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : {}) as never;
    },
    async put(path, bytes) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      });
      if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
    },
  };
}

const meta = { subjectCode: 'toan', grade: 6, level: 'biet', tags: ['xss'] };
const option = (label: string, n: number, correct: boolean) => ({
  label,
  html: rich(`phương án ${n}`),
  correct,
});

export interface Fixtures {
  questionIds: string[];
  pendingQuestionId: string;
  examId: string;
  attemptId: string;
  materialId: string;
  pendingMaterialId: string;
}

export async function createFixtures(): Promise<Fixtures> {
  const teacher = await apiSession('giaovien');
  const principal = await apiSession('hieutruong');
  const student = await apiSession('hocsinh');

  const inputs = [
    {
      content: {
        type: 'single_choice',
        stem: rich('câu một chọn'),
        options: ['A', 'B', 'C', 'D'].map((l, i) => option(l, i + 1, i === 0)),
        solution: rich('lời giải'),
      },
      meta: { ...meta, learningOutcome: plain('Yêu cầu cần đạt'), source: plain('Nguồn') },
    },
    {
      content: {
        type: 'true_false_group',
        stem: rich('câu đúng sai'),
        statements: ['a', 'b', 'c', 'd'].map((label, i) => ({
          label,
          html: rich(`ý ${label}`),
          correct: i % 2 === 0,
        })),
        solution: rich('lời giải đúng sai'),
      },
      meta,
    },
    {
      content: {
        type: 'group',
        stem: rich('đoạn văn chung'),
        children: [1, 2].map((n) => ({
          type: 'single_choice',
          stem: rich(`câu con ${n}`),
          options: ['A', 'B', 'C', 'D'].map((l, i) => option(l, i + 1, i === 1)),
          solution: rich(`lời giải câu con ${n}`),
        })),
      },
      meta,
    },
    {
      content: { type: 'essay', stem: rich('câu tự luận'), rubric: rich('hướng dẫn chấm') },
      meta,
    },
  ];
  const questionIds: string[] = [];
  for (const input of inputs) {
    const { id } = await teacher.call<{ id: string }>('POST', '/api/questions', input);
    await teacher.call('POST', `/api/questions/${id}/share-requests`, { scope: 'school' });
    await principal.call('POST', `/api/questions/${id}/decisions`, { decision: 'approve' });
    questionIds.push(id);
  }
  // One left waiting, so the principal's review queue shows hostile content too.
  const pending = await teacher.call<{ id: string }>('POST', '/api/questions', inputs[0]);
  await teacher.call('POST', `/api/questions/${pending.id}/share-requests`, { scope: 'school' });

  const { items: classes } = await teacher.call<{ items: { id: string; name: string }[] }>(
    'GET',
    '/api/me/classes',
  );
  const schoolClass = classes.find((c) => c.name === '6A') ?? classes[0];
  if (!schoolClass) throw new Error('giaovien teaches no class');
  const exam = await teacher.call<{ id: string }>('POST', '/api/exams', {
    title: plain('Đề kiểm tra XSS'),
    subjectCode: 'toan',
    grade: 6,
    durationMinutes: 15,
    items: questionIds.map((questionId) => ({ questionId })),
  });
  await teacher.call('POST', `/api/exams/${exam.id}/versions`, { count: 1, seed: 'xss' });
  const now = Date.now();
  const assignment = await teacher.call<{ id: string }>('POST', `/api/exams/${exam.id}/assignments`, {
    classIds: [schoolClass.id],
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
    timeLimitMinutes: 15,
    // Practice: the corrected paper (solutions included) shows at once, so its rendering is checked.
    releasePolicy: 'practice',
  });
  const attempt = await student.call<{ id: string }>('POST', `/api/assignments/${assignment.id}/attempts`);

  async function material(title: string) {
    const created = await teacher.call<{ id: string }>('POST', '/api/materials', {
      title: plain(title),
      description: plain('Mô tả'),
      type: 'document',
      licence: 'cc_by',
      grade: 6,
      tags: ['xss'],
    });
    const bytes = pdfWith('Hoc lieu XSS');
    const ticket = await teacher.call<{ uploadId: string; url: string }>('POST', '/api/uploads', {
      fileName: `${title}.pdf`,
      size: bytes.length,
    });
    await teacher.put(ticket.url, bytes);
    const upload = await teacher.call<{ id: string }>('POST', `/api/uploads/${ticket.uploadId}/complete`);
    await teacher.call('POST', `/api/materials/${created.id}/versions`, { uploadIds: [upload.id] });
    return created.id;
  }
  const materialId = await material('Học liệu XSS');
  const pendingMaterialId = await material('Học liệu chờ duyệt XSS');
  await teacher.call('POST', `/api/materials/${pendingMaterialId}/share-requests`, { scope: 'school' });
  return {
    questionIds,
    pendingQuestionId: pending.id,
    examId: exam.id,
    attemptId: attempt.id,
    materialId,
    pendingMaterialId,
  };
}
