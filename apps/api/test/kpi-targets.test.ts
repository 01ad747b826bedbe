import type { KpiTarget } from '@hoclieu/contracts';
import { seed } from '@hoclieu/db/seed';
import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { auditTrail, type Client } from './helpers.js';
import { get } from './world.js';

const { t, w } = await fileWorld('install');

const send = (client: Client, method: 'POST' | 'PATCH', url: string, payload: object) =>
  client.request({ method, url, payload });
const target2026 = {
  kpi: 'online_program_share',
  scope: 'primary',
  year: 2026,
  targetPercent: 6,
  sourceDocument: 'Kế hoạch số 35/KH-UBND ngày 20/01/2026 của UBND tỉnh Quảng Bình',
  sourceText: 'đạt trung bình 6% ở bậc tiểu học',
};

describe('plan targets as data', () => {
  it('ships targets that name their real source documents, with no development wording', async () => {
    const items = (await get(w.teacher.client, '/api/kpi-targets')).json().items as KpiTarget[];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(item.sourceDocument).toMatch(/^(Kế hoạch|Quyết định)/);
      expect(item.sourceDocument).not.toMatch(/seed|\bvia\b|\bsame\b|Trà Vinh|^(QĐ|KH) /);
    }
    const keys = items.map((i) => `${i.kpi}|${i.scope}|${i.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Seeding again on the next start adds nothing.
    await seed(t.db, { demo: false, demoPasswordHash: async () => '' });
    expect(await t.db.kpiTarget.count()).toBe(items.length);
  });

  it('lets the province add a year’s target with its decision, and keeps the history', async () => {
    const created = await send(w.provinceOfficer.client, 'POST', '/api/kpi-targets', target2026);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      year: 2026,
      targetPercent: 6,
      sourceDocument: target2026.sourceDocument,
    });
    const id = created.json().id as string;
    const again = await send(w.systemAdmin.client, 'POST', '/api/kpi-targets', target2026);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'KPI_TARGET_EXISTS']);

    const edited = await send(w.systemAdmin.client, 'PATCH', `/api/kpi-targets/${id}`, {
      targetPercent: 6.5,
      sourceDocument: 'Quyết định số 210/QĐ-UBND ngày 02/3/2026 của UBND tỉnh Quảng Bình',
    });
    expect(edited.json()).toMatchObject({ targetPercent: 6.5 });
    const history = (await get(w.teacher.client, `/api/kpi-targets/${id}/history`)).json().items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      action: 'update',
      fromPercent: 6,
      toPercent: 6.5,
      fromDocument: target2026.sourceDocument,
      toDocument: 'Quyết định số 210/QĐ-UBND ngày 02/3/2026 của UBND tỉnh Quảng Bình',
      changedBy: w.systemAdmin.user.fullName,
    });
    expect(history[1]).toMatchObject({ action: 'create', fromPercent: null, toPercent: 6 });
    const audit = await auditTrail(t, id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['kpi_target.create', w.provinceOfficer.user.id],
      ['kpi_target.update', w.systemAdmin.user.id],
    ]);
  });

  it('refuses a target outside 0–100 % with a clear error', async () => {
    for (const targetPercent of [120, -1]) {
      const created = await send(w.provinceOfficer.client, 'POST', '/api/kpi-targets', {
        ...target2026,
        year: 2027,
        targetPercent,
      });
      expect([created.statusCode, created.json().error.code]).toEqual([422, 'KPI_TARGET_OUT_OF_RANGE']);
      expect(created.json().error.message).toContain('0 đến 100');
    }
    const any = await t.db.kpiTarget.findFirstOrThrow();
    const edited = await send(w.provinceOfficer.client, 'PATCH', `/api/kpi-targets/${any.id}`, {
      targetPercent: 100.5,
    });
    expect(edited.json().error.code).toBe('KPI_TARGET_OUT_OF_RANGE');
    expect(Number((await t.db.kpiTarget.findUniqueOrThrow({ where: { id: any.id } })).targetPercent)).toBe(
      Number(any.targetPercent),
    );
  });

  it('keeps targets to the province: teachers, school admins and district officers are refused', async () => {
    const any = await t.db.kpiTarget.findFirstOrThrow();
    for (const who of [w.teacher, w.schoolAdmin, w.districtOfficer]) {
      const created = await send(who.client, 'POST', '/api/kpi-targets', { ...target2026, year: 2029 });
      expect(created.statusCode).toBe(403);
      const edited = await send(who.client, 'PATCH', `/api/kpi-targets/${any.id}`, { targetPercent: 1 });
      expect(edited.statusCode).toBe(403);
    }
    expect((await get(w.student.client, `/api/kpi-targets/${any.id}/history`)).statusCode).toBe(403);
  });
});

describe('the migration that renames the shipped targets’ sources', () => {
  it('fixes the wording of existing rows, keeps edited percents, drops the other province’s targets', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const migrations = join(import.meta.dirname, '../../../packages/db/prisma/migrations');
    const folder = readdirSync(migrations).find((name) => name.endsWith('_school_years_and_targets'));
    const sql = readFileSync(join(migrations, folder as string, 'migration.sql'), 'utf8');
    const block = sql.slice(sql.indexOf('-- The shipped targets'), sql.indexOf('-- AddForeignKey'));
    // The database as the previous release left it: one row per source document.
    await t.db.$executeRawUnsafe('DELETE FROM "KpiTarget"');
    await t.db.$executeRawUnsafe('DROP INDEX "KpiTarget_kpi_scope_year_key"');
    const old = [
      [
        'online_program_share',
        'primary',
        4.5,
        2024,
        'Kế hoạch chuyển đổi số ngành GDĐT Tuyên Hoá năm 2024 (seed 001)',
        true,
      ],
      [
        'online_program_share',
        'secondary',
        10,
        2025,
        'QĐ 131/QĐ-TTg via KH 1414/KH-UBND Quảng Bình (seed 003) and QĐ 1293/QĐ-UBND Trà Vinh (seed 004)',
        false,
      ],
      ['materials_program_coverage', 'province', 50, 2025, 'QĐ 1293/QĐ-UBND Trà Vinh (seed 004)', false],
      [
        'students_online_access',
        'general_education_students',
        50,
        2025,
        'QĐ 1293/QĐ-UBND Trà Vinh (seed 004)',
        false,
      ],
      [
        'students_online_access',
        'general_education_students',
        90,
        2025,
        'KH 1414/KH-UBND Quảng Bình (seed 003)',
        false,
      ],
      ['question_bank_adoption', 'lower_secondary_schools', 100, 2024, 'Tuyên Hoá 2024 (seed 001)', false],
    ] as const;
    for (const [kpi, scope, percent, year, document, edited] of old) {
      await t.db.kpiTarget.create({
        data: {
          kpi,
          scope,
          year,
          targetPercent: percent,
          sourceDocument: document,
          sourceText: 'x',
          updatedById: edited ? w.provinceOfficer.user.id : null,
        },
      });
    }
    for (const statement of block.split(/;\s*\n/).filter((s) => s.replace(/--.*$/gm, '').trim())) {
      await t.db.$executeRawUnsafe(statement);
    }
    const rows = await t.db.kpiTarget.findMany({ orderBy: [{ kpi: 'asc' }, { scope: 'asc' }] });
    expect(rows.map((r) => [r.kpi, r.scope, Number(r.targetPercent), r.sourceDocument])).toEqual([
      [
        'online_program_share',
        'primary',
        4.5,
        'Kế hoạch thực hiện chuyển đổi số ngành Giáo dục và Đào tạo Tuyên Hoá năm 2024 của Phòng GDĐT Tuyên Hoá',
      ],
      [
        'online_program_share',
        'secondary',
        10,
        'Kế hoạch số 1414/KH-UBND ngày 09/8/2022 của UBND tỉnh Quảng Bình',
      ],
      [
        'question_bank_adoption',
        'lower_secondary_schools',
        100,
        'Kế hoạch thực hiện chuyển đổi số ngành Giáo dục và Đào tạo Tuyên Hoá năm 2024 của Phòng GDĐT Tuyên Hoá',
      ],
      [
        'students_online_access',
        'general_education_students',
        90,
        'Kế hoạch số 1414/KH-UBND ngày 09/8/2022 của UBND tỉnh Quảng Bình',
      ],
    ]);
  });
});
