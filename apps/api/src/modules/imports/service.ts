import type { ImportKind, ImportReport } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, MAX_IMPORT_ROWS, mayImport, readTable } from '@hoclieu/domain';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { applyWrites } from './apply.js';
import { planClasses } from './classes.js';
import type { Planner } from './plan.js';
import { planSchools } from './schools.js';
import { readSpreadsheet } from './spreadsheet.js';
import { planStudents } from './students.js';
import { planTeachers } from './teachers.js';
import { buildTemplate } from './template.js';

export function createImportService({
  db,
  passwords,
  clock,
}: {
  db: Db;
  passwords: PasswordHasher;
  clock: () => Date;
}) {
  const planners: Record<ImportKind, Planner> = {
    schools: planSchools(db),
    classes: planClasses(db, clock),
    teachers: planTeachers(db),
    students: planStudents(db),
  };

  /** A role that can never import this kind is refused outright; rows are checked one by one later. */
  function assertMayImport(actor: Actor, kind: ImportKind): void {
    if (!mayImport(actor, kind)) throw forbidden();
  }

  return {
    assertMayImport,

    async template(actor: Actor, kind: ImportKind, format: 'xlsx' | 'csv') {
      assertMayImport(actor, kind);
      return buildTemplate(kind, format);
    },

    /** Imports the good rows of a file and reports the bad ones with their row number and column. */
    async run(actor: Actor, kind: ImportKind, file: Buffer, log: FastifyBaseLogger): Promise<ImportReport> {
      assertMayImport(actor, kind);
      const sheet = await readSpreadsheet(file);
      if (sheet.length - 1 > MAX_IMPORT_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS');
      const table = readTable(kind, sheet);
      if (!table.ok) {
        const issues = table.missing.map((c) => ({
          path: c.header,
          message: `Thiếu cột bắt buộc "${c.header}"`,
        }));
        throw new AppError('IMPORT_HEADER_INVALID', issues);
      }
      const plan = await planners[kind](actor, table.records);
      const outcome = await applyWrites(db, passwords, plan.writes, log);
      const errors = [...plan.errors, ...outcome.errors].sort((a, b) => a.row - b.row);
      const counts = { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged };
      const totalRows = table.records.length;
      await recordAudit(db, {
        actor,
        action: `import.${kind}`,
        resourceType: 'import',
        resourceId: kind,
        scope: actor,
        details: { totalRows, ...counts, rowsWithErrors: new Set(errors.map((e) => e.row)).size },
      });
      return { kind, totalRows, ...counts, errors, credentials: outcome.credentials };
    },
  };
}
