import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { OrgImport } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import {
  type Actor,
  mayImportInto,
  mayImportOrganisation,
  seesEveryImport,
  spreadsheetText,
} from '@hoclieu/domain';
import type { BlobStore } from '@hoclieu/storage';
import { importErrorsOf } from '../../db-json.js';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { credentialsCipher } from './credentials-cipher.js';
import { readProgress } from './progress.js';
import { buildOrgTemplate } from './template.js';
import { checkOrgWorkbook } from './workbook-file.js';

interface Deps {
  db: Db;
  storage: BlobStore;
  sessionSecret: string;
  /** Queues the import's job (pg-boss). */
  enqueue: (importId: string) => Promise<void>;
}

const withCount = { include: { _count: { select: { credentials: true } } } } as const;
type Stored = Prisma.OrgImportGetPayload<typeof withCount>;

function view(record: Stored): OrgImport {
  return {
    id: record.id,
    provinceId: record.provinceId,
    fileName: record.fileName,
    status: record.status as OrgImport['status'],
    sheets: readProgress(record.progress).sheets,
    errors: importErrorsOf(record),
    errorCount: record.errorCount,
    credentialCount: record._count.credentials,
    failure: record.failure,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}

export function createOrgImportService({ db, storage, sessionSecret, enqueue }: Deps) {
  async function visible(actor: Actor, importId: string): Promise<Stored> {
    const record = await db.orgImport.findUnique({ where: { id: importId }, ...withCount });
    // Another province's import is not found rather than forbidden: its existence is not disclosed.
    if (!record || !mayImportInto(actor, record.provinceId)) throw new AppError('ORG_IMPORT_NOT_FOUND');
    return record;
  }

  return {
    /** Refused before the upload is read. */
    assertMayImport(actor: Actor): void {
      if (!mayImportOrganisation(actor)) throw forbidden();
    },

    async template(actor: Actor) {
      if (!mayImportOrganisation(actor)) throw forbidden();
      return buildOrgTemplate();
    },

    async start(actor: Actor, chosenProvinceId: string | undefined, fileName: string, file: Buffer) {
      const provinceId = chosenProvinceId ?? actor.provinceId;
      if (!provinceId) throw new AppError('ORG_IMPORT_PROVINCE_REQUIRED');
      if (!mayImportInto(actor, provinceId)) throw forbidden();
      if (!(await db.province.findUnique({ where: { id: provinceId } })))
        throw new AppError('PROVINCE_NOT_FOUND');
      const running = await db.orgImport.findFirst({
        where: { provinceId, status: { in: ['queued', 'running'] } },
      });
      if (running) throw new AppError('ORG_IMPORT_RUNNING');
      await checkOrgWorkbook(file);
      const id = randomUUID();
      const blobKey = `org-imports/${id}.xlsx`;
      await storage.put(blobKey, Readable.from([file]), {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      const record = await db.$transaction(async (tx) => {
        const created = await tx.orgImport.create({
          data: {
            id,
            provinceId,
            createdById: actor.userId,
            fileName: fileName.normalize('NFC').slice(0, 200),
            blobKey,
          },
          ...withCount,
        });
        await recordAudit(tx, {
          actor,
          action: 'import.organisation_started',
          resourceType: 'import',
          resourceId: id,
          scope: { provinceId },
          details: { fileName: created.fileName, bytes: file.length },
        });
        return created;
      });
      await enqueue(id);
      return view(record);
    },

    async get(actor: Actor, importId: string) {
      return view(await visible(actor, importId));
    },

    async list(actor: Actor) {
      if (!mayImportOrganisation(actor)) throw forbidden();
      const records = await db.orgImport.findMany({
        where: seesEveryImport(actor) ? {} : { provinceId: actor.provinceId ?? '' },
        orderBy: { createdAt: 'desc' },
        take: 20,
        ...withCount,
      });
      return { items: records.map(view) };
    },

    /**
     * The new accounts and their one-time passwords as CSV (BOM for Excel), for the importer alone,
     * as the one-kind import shows them only to the person who ran it.
     */
    async credentials(actor: Actor, importId: string) {
      const record = await visible(actor, importId);
      if (record.createdById !== actor.userId) throw forbidden();
      const cipher = credentialsCipher(sessionSecret);
      const quote = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;
      async function* lines() {
        yield `\uFEFF${['Trang', 'Dòng', 'Tên đăng nhập', 'Họ và tên', 'Mật khẩu tạm'].map(quote).join(',')}\r\n`;
        let after: string | undefined;
        for (;;) {
          const page = await db.orgImportCredential.findMany({
            where: { importId, ...(after ? { username: { gt: after } } : {}) },
            orderBy: { username: 'asc' },
            take: 5000,
          });
          if (page.length === 0) return;
          after = page.at(-1)?.username;
          yield page
            .map((c) =>
              [
                c.sheet,
                c.row,
                spreadsheetText(c.username),
                spreadsheetText(c.fullName),
                cipher.open(c.secret),
              ]
                .map(quote)
                .join(','),
            )
            .join('\r\n')
            .concat('\r\n');
        }
      }
      return {
        body: Readable.from(lines()),
        fileName: `mat-khau-tam-${importId.slice(0, 8)}.csv`,
        contentType: 'text/csv; charset=utf-8',
      };
    },
  };
}
