import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type CaseContext, probe } from '../matrix.js';
import { callerPerson, multipart } from './common.js';
import { untargetedGet } from './untargeted.js';

const PROVINCE_ONLY =
  "the target is the province: every location of the matrix lies in the caller's province (other provinces: test/org-workbook.test.ts)";

/** A finished import of the world's province, run by the caller when they may import at all. */
async function finishedImport(ctx: CaseContext) {
  const importer = callerPerson(ctx) ?? ctx.world.callers.province_officer;
  const record = await ctx.world.db.orgImport.create({
    data: {
      id: randomUUID(),
      provinceId: ctx.world.province.id,
      createdById: importer.id,
      fileName: 'ca-tinh.xlsx',
      blobKey: `org-imports/${randomUUID()}.xlsx`,
      status: 'done',
      finishedAt: new Date(),
    },
  });
  return record.id;
}

async function districtsOnly(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Phòng GDĐT').addRow(['Mã phòng', 'Tên phòng']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The organisation workbook: province officers (their province) and system admins only. */
export const orgImportProbes = [
  untargetedGet('/api/org-imports/template', 'no target: a blank template'),
  untargetedGet('/api/org-imports', "no target: a list filtered by the caller's province"),
  probe(
    'POST /api/org-imports',
    async (ctx) => ({
      method: 'POST',
      url: `/api/org-imports?provinceId=${ctx.world.province.id}`,
      ...multipart(await districtsOnly(), 'ca-tinh.xlsx'),
    }),
    PROVINCE_ONLY,
  ),
  probe(
    'GET /api/org-imports/:importId',
    async (ctx) => ({ method: 'GET', url: `/api/org-imports/${await finishedImport(ctx)}` }),
    PROVINCE_ONLY,
  ),
  probe(
    'GET /api/org-imports/:importId/credentials',
    async (ctx) => ({ method: 'GET', url: `/api/org-imports/${await finishedImport(ctx)}/credentials` }),
    "the importer's own download (someone else's: test/org-workbook.test.ts)",
  ),
];
