import type { Page } from 'playwright-core';

/** The demo accounts (password DEMO_PASSWORD), one per role. */
export type DemoUser = 'hocsinh' | 'giaovien' | 'hieutruong' | 'phong.tuyenhoa' | 'so.quangbinh' | 'admin';

/**
 * One page of the web app as a user of `user`'s role reaches it: `path`, then, for pages of one
 * record, the first link on the page whose address matches each of `follow` in turn (then `suffix`).
 */
export interface SitePage {
  /** Stable, for test names and screenshots. */
  name: string;
  user: DemoUser;
  path: string;
  follow?: RegExp[];
  suffix?: string;
}

const id = '[0-9a-f-]{36}';
const record = (prefix: string) => new RegExp(`^${prefix}/${id}$`);

/**
 * Every page of the web app, each under the role that sees most of it. The login page is signed
 * out; the quiz page (/lam-bai/:id) and the corrected paper (/ket-qua/:id) need an attempt: the
 * journeys that use this map start one (see accessibility.test.ts). The first-time setup page
 * (/cai-dat) exists only on an empty install: empty-install.test.ts checks it.
 */
export const siteMap: SitePage[] = [
  { name: 'home-student', user: 'hocsinh', path: '/' },
  { name: 'assignments', user: 'hocsinh', path: '/bai-kiem-tra' },
  { name: 'library-student', user: 'hocsinh', path: '/hoc-lieu' },

  { name: 'home-teacher', user: 'giaovien', path: '/' },
  { name: 'my-classes', user: 'giaovien', path: '/lop' },
  { name: 'class', user: 'giaovien', path: '/lop', follow: [record('/lop')] },
  { name: 'library', user: 'giaovien', path: '/hoc-lieu' },
  { name: 'material', user: 'giaovien', path: '/hoc-lieu', follow: [record('/hoc-lieu')] },
  { name: 'my-materials', user: 'giaovien', path: '/hoc-lieu/cua-toi' },
  { name: 'new-material', user: 'giaovien', path: '/hoc-lieu/moi' },
  { name: 'question-bank', user: 'giaovien', path: '/ngan-hang-cau-hoi' },
  {
    name: 'question',
    user: 'giaovien',
    path: '/ngan-hang-cau-hoi',
    follow: [record('/ngan-hang-cau-hoi')],
  },
  { name: 'new-question', user: 'giaovien', path: '/ngan-hang-cau-hoi/moi' },
  { name: 'question-import', user: 'giaovien', path: '/ngan-hang-cau-hoi/nhap' },
  { name: 'exams', user: 'giaovien', path: '/de-kiem-tra' },
  { name: 'exam', user: 'giaovien', path: '/de-kiem-tra', follow: [record('/de-kiem-tra')] },
  {
    name: 'edit-exam',
    user: 'giaovien',
    path: '/de-kiem-tra',
    follow: [record('/de-kiem-tra')],
    suffix: '/sua',
  },
  { name: 'new-exam', user: 'giaovien', path: '/de-kiem-tra/moi' },
  {
    name: 'assignment-results',
    user: 'giaovien',
    path: '/de-kiem-tra',
    follow: [record('/de-kiem-tra'), new RegExp(`^/giao-bai/${id}/ket-qua$`)],
  },
  { name: 'curriculum-teacher', user: 'giaovien', path: '/chuong-trinh' },
  { name: 'change-password', user: 'giaovien', path: '/doi-mat-khau' },

  { name: 'home-principal', user: 'hieutruong', path: '/' },
  { name: 'my-school', user: 'hieutruong', path: '/', follow: [record('/truong')] },
  { name: 'reviews', user: 'hieutruong', path: '/duyet-hoc-lieu' },
  { name: 'school-years', user: 'hieutruong', path: '/nam-hoc' },

  { name: 'home-district', user: 'phong.tuyenhoa', path: '/' },
  { name: 'reports', user: 'phong.tuyenhoa', path: '/bao-cao' },
  { name: 'school-report', user: 'phong.tuyenhoa', path: '/bao-cao', follow: [record('/bao-cao/truong')] },
  {
    name: 'class-report',
    user: 'phong.tuyenhoa',
    path: '/bao-cao',
    follow: [record('/bao-cao/truong'), record('/bao-cao/lop')],
  },
  { name: 'schools', user: 'phong.tuyenhoa', path: '/truong' },
  { name: 'school', user: 'phong.tuyenhoa', path: '/truong', follow: [record('/truong')] },

  { name: 'home-province', user: 'so.quangbinh', path: '/' },
  { name: 'districts', user: 'so.quangbinh', path: '/phong-gddt' },

  { name: 'home-admin', user: 'admin', path: '/' },
  { name: 'users', user: 'admin', path: '/tai-khoan' },
  { name: 'curriculum', user: 'admin', path: '/chuong-trinh?grade=6&subject=toan' },
  { name: 'kpi-targets', user: 'admin', path: '/chi-tieu' },
  { name: 'imports', user: 'admin', path: '/nhap-du-lieu' },
  { name: 'audit', user: 'admin', path: '/nhat-ky' },
];

/** The signed-out pages. */
export const publicPages = [{ name: 'login', path: '/dang-nhap' }];

/** Addresses of the page's links, in page order. */
async function linkPaths(page: Page): Promise<string[]> {
  return page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Opens `entry` in a page already signed in as its user and waits for its first heading. */
export async function openSitePage(page: Page, baseUrl: string, entry: SitePage): Promise<void> {
  await page.goto(`${baseUrl}${entry.path}`);
  for (const [step, pattern] of (entry.follow ?? []).entries()) {
    let target: string | undefined;
    for (let tries = 0; tries < 40 && !target; tries++) {
      target = (await linkPaths(page)).find((path) => pattern.test(path));
      if (!target) await page.waitForTimeout(250);
    }
    if (!target) throw new Error(`${entry.name}: no link matching ${pattern} on ${page.url()}`);
    const last = step === (entry.follow?.length ?? 0) - 1;
    await page.goto(`${baseUrl}${target}${last ? (entry.suffix ?? '') : ''}`);
  }
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
