import { readFileSync } from 'node:fs';
import type { TopicImportReport, TopicNode } from '@hoclieu/contracts';
import { seedCurriculum, seedTopics } from '@hoclieu/db/seed';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { postFile, xlsx } from './import-files.js';
import { buildWorld, get, type World } from './world.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  await seedCurriculum(t.db);
  await seedTopics(t.db);
  w = await buildWorld(t);
});
afterAll(() => t.close());

const header = ['Môn', 'Khối', 'Bộ sách', 'Mã chương', 'Tên chương', 'Mã bài', 'Tên bài', 'Yêu cầu cần đạt'];
const IMPORT_URL = '/api/curriculum/topic-import';
const report = (response: { statusCode: number; json(): unknown; body: string }) => {
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TopicImportReport;
};
const tree = async (subjectCode: string, grade: number) =>
  (
    (
      await get(w.teacher.client, `/api/curriculum/topics?subjectCode=${subjectCode}&grade=${grade}`)
    ).json() as {
      items: TopicNode[];
    }
  ).items;

describe('shipped topic trees', () => {
  it('seeds Toán 1–12 and KHTN 6–9 at chapter level, idempotently', async () => {
    const toan8 = await tree('toan', 8);
    expect(toan8.map((c) => c.code)).toContain('TOAN-8-C1');
    expect(toan8[0]?.title).toBe('Chương I. Đa thức');
    expect((await tree('khoa-hoc-tu-nhien', 7)).length).toBeGreaterThanOrEqual(10);
    for (const grade of [1, 5, 10, 12]) expect((await tree('toan', grade)).length).toBeGreaterThan(0);
    const before = await t.db.topic.count();
    await seedTopics(t.db);
    expect(await t.db.topic.count()).toBe(before);
  });

  it('names which subjects and grades have topics', async () => {
    const body = (await get(w.teacher.client, '/api/curriculum/topic-coverage')).json() as {
      items: { subjectCode: string; grade: number }[];
    };
    expect(body.items.filter((i) => i.subjectCode === 'toan')).toHaveLength(12);
    expect(body.items.filter((i) => i.subjectCode === 'khoa-hoc-tu-nhien').map((i) => i.grade)).toEqual([
      6, 7, 8, 9,
    ]);
    const kpis = (await get(w.provinceOfficer.client, '/api/reports/kpis')).json() as {
      items: { kpi: string; formula: string; topicTrees?: string }[];
    };
    const coverage = kpis.items.find((item) => item.kpi === 'materials_program_coverage');
    expect(coverage?.formula).toContain('Khoa học tự nhiên 6–9');
    expect(coverage?.formula).toContain('Toán 1–12');
    // The web writes the formula in the reader's language from the counts and this list.
    expect(coverage?.topicTrees).toBe('Khoa học tự nhiên 6–9; Toán 1–12');
  });
});

describe('topic import', () => {
  it('refuses teachers and school admins (403) before reading the file', async () => {
    const file = await xlsx([header, ['Toán', 8, '', 'X-1', 'Chương X']]);
    for (const client of [w.teacher.client, w.schoolAdmin.client]) {
      expect((await postFile(client, IMPORT_URL, file, 'chuong-bai.xlsx')).statusCode).toBe(403);
      expect((await get(client, `${IMPORT_URL}/template`)).statusCode).toBe(403);
    }
    expect(await t.db.topic.count({ where: { code: 'X-1' } })).toBe(0);
  });

  it('serves the template to a province officer', async () => {
    const response = await get(w.provinceOfficer.client, `${IMPORT_URL}/template`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(response.rawPayload).buffer);
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).text).toBe('Môn *');
  });

  it('keeps good rows, reports bad ones by line, renames in place and retires what is gone', async () => {
    const first = report(
      await postFile(
        w.provinceOfficer.client,
        IMPORT_URL,
        await xlsx([
          header,
          [
            'Ngữ văn',
            9,
            '',
            'NV9-C1',
            'Chủ đề 1. Truyện',
            'NV9-C1-B1',
            'Bài 1. Truyện ngắn',
            'Đọc hiểu truyện ngắn',
          ],
          ['Ngữ văn', 9, '', 'NV9-C1', 'Chủ đề 1. Truyện', 'NV9-C1-B2', 'Bài 2. Truyện thơ', ''],
          ['Ngữ văn', 13, '', 'NV9-C2', 'Sai khối', '', '', ''],
          ['Môn lạ', 9, '', 'NV9-C3', 'Sai môn', '', '', ''],
          ['Ngữ văn', 9, '', 'NV9-C4', 'Chủ đề 4. Nghị luận', '', '', ''],
        ]),
        'chuong-bai.xlsx',
      ),
    );
    expect([first.created, first.updated, first.retired]).toEqual([4, 0, 0]);
    expect(first.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Khối'],
      [5, 'Môn'],
    ]);
    const nv9 = await tree('ngu-van', 9);
    const lesson = nv9[0]?.children[0];
    expect(lesson?.outcomes).toBe('Đọc hiểu truyện ngắn');
    const kept = await t.db.topic.findFirstOrThrow({ where: { code: 'NV9-C1-B2' } });

    const second = report(
      await postFile(
        w.systemAdmin.client,
        IMPORT_URL,
        await xlsx([
          header,
          [
            'ngu-van',
            9,
            '',
            'NV9-C1',
            'Chủ đề 1. Truyện (sửa)',
            'NV9-C1-B1',
            'Bài 1. Truyện ngắn',
            'Đọc hiểu truyện ngắn',
          ],
        ]),
        'chuong-bai.xlsx',
      ),
    );
    expect([second.created, second.updated, second.unchanged, second.retired]).toEqual([0, 1, 1, 2]);
    const after = await tree('ngu-van', 9);
    expect(after.map((c) => [c.code, c.title, c.id])).toEqual([
      ['NV9-C1', 'Chủ đề 1. Truyện (sửa)', nv9[0]?.id],
    ]);
    const retired = await t.db.topic.findUniqueOrThrow({ where: { id: kept.id } });
    expect(retired.retiredAt).not.toBeNull();
  });
});

describe('topic_codes migration', () => {
  it("backfills codes from each topic's place in its tree, keeping ids", async () => {
    const sql = readFileSync(
      new URL(
        '../../../packages/db/prisma/migrations/20261206071105_topic_codes/migration.sql',
        import.meta.url,
      ),
      'utf8',
    );
    const backfill = sql.slice(sql.indexOf('WITH chapters'), sql.indexOf('ALTER TABLE "Topic" ALTER COLUMN'));
    const base = { subjectCode: 'cong-nghe', grade: 8, createdById: null };
    const second = await t.db.topic.create({
      data: { ...base, kind: 'chapter', title: 'Hai', position: 1, code: 'tmp-2' },
    });
    const first = await t.db.topic.create({
      data: { ...base, kind: 'chapter', title: 'Một', position: 0, code: 'tmp-1' },
    });
    const lesson = await t.db.topic.create({
      data: { ...base, kind: 'lesson', title: 'Bài', position: 0, code: 'tmp-3', parentId: second.id },
    });
    const codes = await t.db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe('ALTER TABLE "Topic" ALTER COLUMN "code" DROP NOT NULL');
        await tx.$executeRawUnsafe('UPDATE "Topic" SET "code" = NULL');
        for (const statement of backfill.split(';').filter((part) => part.trim()))
          await tx.$executeRawUnsafe(statement);
        const rows = await tx.topic.findMany({ where: { id: { in: [first.id, second.id, lesson.id] } } });
        throw Object.assign(new Error('rollback'), { rows });
      })
      .catch((error: { rows?: { id: string; code: string }[] }) => error.rows ?? []);
    const codeOf = (id: string) => codes.find((row) => row.id === id)?.code;
    expect([codeOf(first.id), codeOf(second.id), codeOf(lesson.id)]).toEqual([
      'CONGNGHE-8-C1',
      'CONGNGHE-8-C2',
      'CONGNGHE-8-C2-B1',
    ]);
    expect(await t.db.topic.count({ where: { code: 'tmp-1' } })).toBe(1);
  });
});
