import { setTimeout as sleep } from 'node:timers/promises';
import type { ImportRowError, OrgImportError, OrgSheetKind } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import {
  type Actor,
  type ImportRecord,
  importerInProvince,
  orgKeyColumn,
  orgRowKey,
  orgSheets,
  tableHeader,
} from '@hoclieu/domain';
import type { RandomAccessSource } from '@hoclieu/media';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyBaseLogger } from 'fastify';
import { importErrorsOf } from '../../db-json.js';
import { recordAudit } from '../audit/record.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { hashPasswords, writeChunk } from '../imports/apply.js';
import { planClasses } from '../imports/classes.js';
import { planDistricts } from '../imports/districts.js';
import { planOfficers } from '../imports/officers.js';
import type { Planner } from '../imports/plan.js';
import { planSchools } from '../imports/schools.js';
import { planStudents } from '../imports/students.js';
import { planTeachers } from '../imports/teachers.js';
import { blobSource } from '../materials/blob-source.js';
import { credentialsCipher } from './credentials-cipher.js';
import { insertCredentials } from './credentials-sql.js';
import { ERRORS_KEPT, type ImportProgress, readProgress, sheetErrors, sheetName } from './progress.js';
import { sheetRows } from './workbook-file.js';

/** Rows per committed chunk: a restart redoes at most one chunk's planning, never its writes. */
const CHUNK_ROWS = 1000;
/**
 * After each chunk the job rests as long as the chunk took (half the time working): the API, the
 * database and running exams share two cores, and answer saves must keep their latency while a
 * province imports (bench: org-import). Measured without rest: some 3,000 student rows a second.
 */
const REST_RATIO = 1;

export interface RunDeps {
  db: Db;
  storage: BlobStore;
  passwords: PasswordHasher;
  sessionSecret: string;
  clock: () => Date;
  log: FastifyBaseLogger;
}

class ImportMovedOn extends Error {}

/**
 * Runs (or resumes) an organisation workbook import: counts the rows, then imports the sheets in
 * dependency order, chunk by chunk. Each chunk's writes, its new accounts' encrypted one-time
 * passwords and the progress after it commit in one transaction; the progress row's `version`
 * guards against a second runner of the same import. `maxChunks` stops early (tests: a "crash").
 */
export async function runOrgImport(
  deps: RunDeps,
  importId: string,
  { maxChunks = Number.POSITIVE_INFINITY, chunkRows = CHUNK_ROWS, restRatio = REST_RATIO } = {},
): Promise<'done' | 'failed' | 'paused' | 'skipped'> {
  const { db, storage, log } = deps;
  const record = await db.orgImport.findUnique({ where: { id: importId } });
  if (!record || record.status === 'done' || record.status === 'failed') return 'skipped';
  const importer = await db.user.findUnique({ where: { id: record.createdById } });
  if (!importer) return fail(db, importId, 'Tài khoản đã nhập tệp không còn tồn tại.');
  const actor: Actor = {
    userId: importer.id,
    role: importer.role,
    provinceId: importer.provinceId,
    districtId: importer.districtId,
    schoolId: importer.schoolId,
  };
  const provinceId = record.provinceId;
  const inProvince = importerInProvince(actor, provinceId);
  const planners: Record<OrgSheetKind, { actor: Actor; plan: Planner }> = {
    districts: { actor, plan: planDistricts(db, provinceId) },
    schools: { actor: inProvince, plan: planSchools(db) },
    officers: { actor, plan: planOfficers(db, provinceId) },
    classes: { actor: inProvince, plan: planClasses(db, deps.clock) },
    teachers: { actor: inProvince, plan: planTeachers(db) },
    students: { actor: inProvince, plan: planStudents(db) },
  };
  const stored = await storage.stat(record.blobKey);
  if (!stored) return fail(db, importId, 'Không còn tệp đã tải lên; hãy nhập lại.');
  const open = blobSource(storage, record.blobKey, stored.size);
  const cipher = credentialsCipher(deps.sessionSecret);
  let progress = readProgress(record.progress);
  let version = record.version;
  let chunks = 0;

  if (record.status === 'queued')
    await db.orgImport.updateMany({ where: { id: importId, status: 'queued' }, data: { status: 'running' } });
  if (!progress.counted) {
    const counted = await countRows(open);
    if (counted.headerErrors.length > 0) {
      await db.orgImport.update({
        where: { id: importId },
        data: {
          errors: counted.headerErrors as Prisma.InputJsonValue,
          errorCount: counted.headerErrors.length,
        },
      });
      return fail(db, importId, 'Tệp thiếu cột bắt buộc; hãy dùng tệp mẫu.');
    }
    progress = {
      counted: true,
      sheets: progress.sheets.map((sheet) => ({
        ...sheet,
        totalRows: counted.totals.get(sheet.kind) ?? null,
      })),
    };
    const saved = await db.orgImport.updateMany({
      where: { id: importId, version },
      data: {
        progress: progress as unknown as Prisma.InputJsonValue,
        status: 'running',
        version: version + 1,
      },
    });
    if (saved.count !== 1) return 'skipped';
    version += 1;
  }

  try {
    for (const { kind } of orgSheets) {
      const sheet = progress.sheets.find((s) => s.kind === kind);
      if (!sheet?.totalRows || sheet.doneRows >= sheet.totalRows) continue;
      const { actor: sheetActor, plan } = planners[kind];
      /** First row of each natural key: a row repeating one of an earlier chunk is a duplicate. */
      const firstRow = new Map<string, number>();
      let record_: ((row: { row: number; cells: string[] }) => ImportRecord | null) | null = null;
      let seen = 0;
      let batch: ImportRecord[] = [];

      const commit = async () => {
        const began = performance.now();
        const chunk = batch;
        batch = [];
        const duplicates: ImportRowError[] = [];
        const fresh: ImportRecord[] = [];
        for (const row of chunk) {
          const key = orgRowKey(kind, row);
          const first = key === null ? undefined : firstRow.get(key);
          if (first !== undefined && first < (chunk[0]?.row ?? 0)) {
            duplicates.push({
              row: row.row,
              column: orgKeyColumn[kind],
              code: 'IMPORT_ROW_DUPLICATE',
              message: `Trùng với dòng ${first} (cùng mã hoặc tên đăng nhập)`,
            });
          } else {
            if (key !== null && first === undefined) firstRow.set(key, row.row);
            fresh.push(row);
          }
        }
        const planned = await plan(sheetActor, fresh);
        const pending = planned.writes.filter((w) => w.write || w.newAccount);
        const accounts = await hashPasswords(deps.passwords, pending);
        const errors = sheetErrors(kind, [...duplicates, ...planned.errors]).sort((a, b) => a.row - b.row);
        const count = (outcome: 'created' | 'updated' | 'unchanged') =>
          planned.writes.filter((w) => w.outcome === outcome).length;
        const next: ImportProgress = {
          ...progress,
          sheets: progress.sheets.map((s) =>
            s.kind === kind
              ? {
                  ...s,
                  doneRows: s.doneRows + chunk.length,
                  created: s.created + count('created'),
                  updated: s.updated + count('updated'),
                  unchanged: s.unchanged + count('unchanged'),
                  errorRows: s.errorRows + new Set(errors.map((e) => e.row)).size,
                }
              : s,
          ),
        };
        await db.$transaction(
          async (tx) => {
            await writeChunk(tx, pending, accounts);
            const credentials = pending.flatMap((w) => {
              const account = accounts.get(w);
              return w.account && account
                ? [
                    {
                      importId,
                      username: w.account.username,
                      fullName: w.account.fullName,
                      sheet: sheetName(kind),
                      row: w.row,
                      secret: cipher.seal(account.password),
                    },
                  ]
                : [];
            });
            await insertCredentials(tx, importId, credentials);
            const current = await tx.orgImport.findUniqueOrThrow({
              where: { id: importId },
              select: { errors: true, errorCount: true },
            });
            const kept = importErrorsOf(current);
            const saved = await tx.orgImport.updateMany({
              where: { id: importId, version },
              data: {
                progress: next as unknown as Prisma.InputJsonValue,
                errors: [
                  ...kept,
                  ...errors.slice(0, Math.max(0, ERRORS_KEPT - kept.length)),
                ] as Prisma.InputJsonValue,
                errorCount: current.errorCount + errors.length,
                version: version + 1,
              },
            });
            if (saved.count !== 1) throw new ImportMovedOn();
          },
          { timeout: 120_000 },
        );
        progress = next;
        version += 1;
        chunks += 1;
        if (restRatio > 0) await sleep((performance.now() - began) * restRatio);
      };

      for await (const { row } of sheetRows(open, kind)) {
        if (!record_) {
          const header = tableHeader(kind, row);
          if (!header.ok) break;
          record_ = header.record;
          continue;
        }
        const data = record_(row);
        if (!data) continue;
        seen += 1;
        if (seen <= sheet.doneRows) {
          // Committed before a restart: only its key is remembered, for the duplicate check.
          const key = orgRowKey(kind, data);
          if (key !== null && !firstRow.has(key)) firstRow.set(key, data.row);
          continue;
        }
        batch.push(data);
        if (batch.length >= chunkRows) {
          if (chunks >= maxChunks) return 'paused';
          await commit();
        }
      }
      if (batch.length > 0) {
        if (chunks >= maxChunks) return 'paused';
        await commit();
      }
    }
  } catch (error) {
    if (error instanceof ImportMovedOn) return 'skipped';
    throw error;
  }

  await db.$transaction(async (tx) => {
    await tx.orgImport.update({
      where: { id: importId },
      data: { status: 'done', finishedAt: deps.clock() },
    });
    await recordAudit(tx, {
      actor,
      action: 'import.organisation',
      resourceType: 'import',
      resourceId: importId,
      scope: { provinceId },
      details: { sheets: progress.sheets } as unknown as Prisma.InputJsonValue,
    });
  });
  await storage.delete(record.blobKey).catch((error) => log.warn({ err: error }, 'workbook not deleted'));
  return 'done';
}

async function fail(db: Db, importId: string, failure: string): Promise<'failed'> {
  await db.orgImport.update({
    where: { id: importId },
    data: { status: 'failed', failure, finishedAt: new Date() },
  });
  return 'failed';
}

/** One streamed pass: the data rows of each sheet, and the required columns a sheet misses. */
async function countRows(open: RandomAccessSource) {
  const totals = new Map<OrgSheetKind, number>();
  const headerErrors: OrgImportError[] = [];
  let currentKind: OrgSheetKind | null = null;
  let record: ((row: { row: number; cells: string[] }) => ImportRecord | null) | null = null;
  let failedKind: OrgSheetKind | null = null;
  for await (const { kind, row } of sheetRows(open, null)) {
    if (failedKind === kind) continue;
    if (currentKind !== kind || !record) {
      const header = tableHeader(kind, row);
      currentKind = kind;
      if (!header.ok) {
        failedKind = kind;
        for (const column of header.missing)
          headerErrors.push({
            sheet: sheetName(kind),
            row: row.row,
            column: column.header,
            code: 'IMPORT_HEADER_INVALID',
            message: `Trang "${sheetName(kind)}" thiếu cột bắt buộc "${column.header}"`,
          });
        continue;
      }
      record = header.record;
      totals.set(kind, 0);
      continue;
    }
    if (record(row)) totals.set(kind, (totals.get(kind) ?? 0) + 1);
  }
  return { totals, headerErrors };
}
