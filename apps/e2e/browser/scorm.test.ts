import { textZip } from '@hoclieu/question-formats/testing';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './browser.js';
import { DEMO_PASSWORD, heading, screenshot, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/**
 * Two small lectures written for this journey (not copied from any sample): each launch page finds
 * the API on its window or a parent, as authoring tools' output does, greets the learner, says what
 * it resumes from, and saves progress, then a score, with the version's own calls.
 */
const lecture = (version: '1.2' | '2004') => {
  const v12 = version === '1.2';
  const call = v12
    ? {
        api: 'API',
        init: 'LMSInitialize',
        get: 'LMSGetValue',
        set: 'LMSSetValue',
        commit: 'LMSCommit',
        end: 'LMSFinish',
      }
    : {
        api: 'API_1484_11',
        init: 'Initialize',
        get: 'GetValue',
        set: 'SetValue',
        commit: 'Commit',
        end: 'Terminate',
      };
  const progress = v12
    ? [
        ['cmi.core.lesson_location', 'trang-2'],
        ['cmi.suspend_data', 'trang=2'],
        ['cmi.core.lesson_status', 'incomplete'],
      ]
    : [
        ['cmi.location', 'muc-3'],
        ['cmi.suspend_data', 'muc=3'],
        ['cmi.completion_status', 'incomplete'],
        ['cmi.exit', 'suspend'],
      ];
  const result = v12
    ? [
        ['cmi.core.score.raw', '90'],
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.lesson_status', 'passed'],
        ['cmi.core.session_time', '00:02:30'],
      ]
    : [
        ['cmi.score.raw', '6'],
        ['cmi.score.max', '10'],
        ['cmi.score.scaled', '0.6'],
        ['cmi.completion_status', 'completed'],
        ['cmi.success_status', 'failed'],
        ['cmi.session_time', 'PT3M'],
        ['cmi.exit', 'normal'],
      ];
  const sets = (pairs: string[][]) =>
    pairs.map(([k, value]) => `api.${call.set}('${k}', '${value}');`).join(' ');
  const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bài giảng</title>
<script>
var api = null;
function findAPI(win) { for (var i = 0; i < 7 && win[${JSON.stringify(call.api)}] == null && win.parent && win.parent != win; i++) win = win.parent; return win[${JSON.stringify(call.api)}]; }
function say(id, text) { document.getElementById(id).textContent = text; }
function start() {
  api = findAPI(window);
  if (!api) return say('state', 'Không tìm thấy LMS');
  api.${call.init}('');
  say('learner', 'Học sinh: ' + api.${call.get}('${v12 ? 'cmi.core.student_name' : 'cmi.learner_name'}'));
  var saved = api.${call.get}('cmi.suspend_data');
  say('saved', saved ? 'Tiếp tục từ: ' + saved : 'Bắt đầu bài mới');
  say('state', 'Đã kết nối');
}
function learn() { ${sets(progress)} api.${call.commit}(''); say('state', 'Đã lưu tiến độ'); }
function finish() { ${sets(result)} api.${call.commit}(''); api.${call.end}(''); say('state', 'Đã nộp bài'); }
</script></head><body onload="start()" style="font-family:sans-serif">
<h1>SCORM ${version}</h1><p id="learner"></p><p id="saved"></p><p id="state">Đang tải</p>
<button onclick="learn()">Học tiếp</button> <button onclick="finish()">Nộp bài</button></body></html>`;
  const namespaces = v12
    ? 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"'
    : 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"';
  const mastery = v12
    ? '<adlcp:masteryscore>80</adlcp:masteryscore>'
    : '<imsss:sequencing><imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>';
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="e2e-${version}" ${namespaces}>
<metadata><schema>ADL SCORM</schema><schemaversion>${v12 ? '1.2' : '2004 3rd Edition'}</schemaversion></metadata>
<organizations default="org"><organization identifier="org"><title>Bài giảng ${version}</title>
<item identifier="sco" identifierref="res"><title>Bài 1</title>${mastery}</item></organization></organizations>
<resources><resource identifier="res" type="webcontent" adlcp:${v12 ? 'scormtype' : 'scormType'}="sco" href="bai/index_lms.html">
<file href="bai/index_lms.html"/></resource></resources></manifest>`;
  return textZip({ 'imsmanifest.xml': manifest, 'bai/index_lms.html': page });
};

const TITLES = {
  '1.2': 'Bài giảng e-learning: Phân số (SCORM 1.2)',
  '2004': 'Bài giảng e-learning: Quang hợp (SCORM 2004)',
};
const ids: Record<string, string> = {};
let classId = '';

/** The teacher uploads both lectures and gives them to class 6A as online lessons (Toán, 1 period). */
async function publishLectures(page: Page) {
  const login = await page.request.post(`${baseUrl}/api/auth/login`, {
    data: { username: 'giaovien', password: DEMO_PASSWORD },
  });
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const classes = await (await page.request.get(`${baseUrl}/api/me/classes`)).json();
  classId = (classes.items ?? classes).find((c: { name: string }) => c.name === '6A').id;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  for (const version of ['1.2', '2004'] as const) {
    const zip = lecture(version);
    const material = await (
      await page.request.post(`${baseUrl}/api/materials`, {
        headers,
        data: { title: TITLES[version], type: 'lecture', licence: 'cc_by', grade: 6, subjectCode: 'toan' },
      })
    ).json();
    const ticket = await (
      await page.request.post(`${baseUrl}/api/uploads`, {
        headers,
        data: { fileName: `bai-${version}.zip`, size: zip.length },
      })
    ).json();
    await page.request.put(`${baseUrl}${ticket.url}`, {
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      data: zip,
    });
    const upload = await (
      await page.request.post(`${baseUrl}/api/uploads/${ticket.uploadId}/complete`, { headers })
    ).json();
    expect(upload.category).toBe('html5-package');
    await page.request.post(`${baseUrl}/api/materials/${material.id}/versions`, {
      headers,
      data: { uploadIds: [upload.id] },
    });
    const lesson = await page.request.post(`${baseUrl}/api/materials/${material.id}/online-lessons`, {
      headers,
      data: { classId, subjectCode: 'toan', date: today, periods: 1 },
    });
    expect(lesson.status()).toBe(200);
    ids[version] = material.id;
  }
  await page.context().clearCookies();
}

const frame = (page: Page) => page.frameLocator('iframe[data-testid="lecture-frame"]');
const badge = (page: Page, text: string) =>
  page
    .getByRole('main')
    .locator('.mantine-Badge-root', { hasText: new RegExp(`^${text}$`) })
    .first();

async function openLecture(page: Page, version: '1.2' | '2004') {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('my-lectures').getByRole('link', { name: TITLES[version] }).click();
  await heading(page, TITLES[version]);
  await frame(page).getByText('Đã kết nối').waitFor();
}

describe('e-learning lectures (SCORM)', () => {
  const session = usePage();

  it('a student on a phone plays a 1.2 and a 2004 lecture, leaves, comes back and resumes', async () => {
    const page = session.page();
    await publishLectures(page);
    await page.setViewportSize(PHONE);
    await signIn(page, baseUrl, 'hocsinh');
    const list = page.getByTestId('my-lectures');
    await list.getByText(TITLES['1.2']).waitFor();
    await screenshot(page, 'scorm-student-list-phone');

    for (const version of ['1.2', '2004'] as const) {
      await openLecture(page, version);
      await frame(page).getByText('Bắt đầu bài mới').waitFor();
      await frame(page)
        .getByText(/^Học sinh: \S/)
        .waitFor();
      await frame(page).getByRole('button', { name: 'Học tiếp' }).click();
      await badge(page, 'Đang học').waitFor();
      if (version === '1.2') await screenshot(page, 'scorm-12-playing-phone');
      // Leave for the home page, where the lecture now says "Đang học", then come back.
      await page.goto(`${baseUrl}/`);
      await list
        .getByTestId('my-lecture')
        .filter({ hasText: TITLES[version] })
        .getByText('Đang học')
        .waitFor();
      await openLecture(page, version);
      await frame(page)
        .getByText(`Tiếp tục từ: ${version === '1.2' ? 'trang=2' : 'muc=3'}`)
        .waitFor();
      await frame(page).getByRole('button', { name: 'Nộp bài' }).click();
      await badge(page, version === '1.2' ? 'Đạt' : 'Chưa đạt').waitFor();
      await screenshot(page, `scorm-${version === '1.2' ? '12' : '2004'}-finished-phone`);
    }
    await page.goto(`${baseUrl}/`);
    await list.getByTestId('my-lecture').filter({ hasText: TITLES['2004'] }).getByText('Chưa đạt').waitFor();
    await screenshot(page, 'scorm-student-list-after-phone');
  });

  it('the teacher sees completion and score per student of the class', async () => {
    const page = await session.signedIn('giaovien');
    await page.goto(`${baseUrl}/lop/${classId}`);
    const lectures = page.getByTestId('class-lectures');
    await lectures.getByText(TITLES['1.2']).waitFor();
    const row = (status: string) =>
      lectures.getByTestId('lecture-student').filter({ has: page.locator(`[data-status="${status}"]`) });
    await row('passed').getByText('90', { exact: true }).waitFor();
    await row('failed').getByText('6', { exact: true }).waitFor();
    await screenshot(page, 'scorm-teacher-class-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'scorm-teacher-class-phone');
    // The teacher's own play is a preview: the player says so and stores nothing.
    await page.goto(`${baseUrl}/hoc-lieu/${ids['1.2']}`);
    await page.getByText('Xem thử: không lưu tiến độ').waitFor();
    await frame(page).getByText('Đã kết nối').waitFor();
  });
});
