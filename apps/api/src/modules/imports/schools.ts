import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { can, parseSchoolRow, type SchoolRow, withoutDuplicates } from '@hoclieu/domain';
import { goodRows, type Planner, type RowWrite, rowError, unique } from './plan.js';

const sameLevels = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** Schools by code: created in the named district, or updated (name, type, address, district). */
export function planSchools(db: Db): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const deduped = withoutDuplicates(
      goodRows(records.map(parseSchoolRow), errors),
      (row) => row.code,
      'Mã trường',
      (row) => `mã trường "${row.code}"`,
    );
    errors.push(...deduped.errors);
    const rows = deduped.kept;
    const [districts, existing] = await Promise.all([
      db.district.findMany({ where: { code: { in: unique(rows.map((row) => row.districtCode)) } } }),
      db.school.findMany({
        where: { code: { in: rows.map((row) => row.code) } },
        include: { district: { select: { provinceId: true } } },
      }),
    ]);
    const districtByCode = new Map(districts.map((district) => [district.code, district]));
    const schoolByCode = new Map(existing.map((school) => [school.code, school]));

    const writes: RowWrite[] = [];
    for (const row of rows) {
      const district = districtByCode.get(row.districtCode);
      if (!district) {
        errors.push(
          rowError(
            row.row,
            'Mã phòng GDĐT',
            'IMPORT_ROW_NOT_FOUND',
            `Không có Phòng GDĐT mã "${row.districtCode}"`,
          ),
        );
        continue;
      }
      if (!can(actor, 'school.manage', { provinceId: district.provinceId, districtId: district.id })) {
        const message = `Bạn không có quyền quản lý trường thuộc ${district.name} (mã "${district.code}")`;
        errors.push(rowError(row.row, 'Mã phòng GDĐT', 'IMPORT_ROW_FORBIDDEN', message));
        continue;
      }
      const current = schoolByCode.get(row.code);
      if (
        current &&
        !can(actor, 'school.manage', {
          provinceId: current.district.provinceId,
          districtId: current.districtId,
        })
      ) {
        const message = `Mã trường "${row.code}" đã thuộc một trường của đơn vị khác mà bạn không quản lý`;
        errors.push(rowError(row.row, 'Mã trường', 'IMPORT_ROW_FORBIDDEN', message));
        continue;
      }
      const data = { name: row.name, kind: row.kind, levels: row.levels, districtId: district.id };
      if (!current) {
        writes.push({
          row: row.row,
          outcome: 'created',
          write: async (tx) => {
            await tx.school.create({ data: { code: row.code, ...data, address: row.address } });
          },
        });
      } else if (changed(current, row, district.id)) {
        const address = row.address ?? current.address;
        writes.push({
          row: row.row,
          outcome: 'updated',
          write: async (tx) => {
            await tx.school.update({ where: { id: current.id }, data: { ...data, address } });
          },
        });
      } else {
        writes.push({ row: row.row, outcome: 'unchanged' });
      }
    }
    return { errors, writes };
  };
}

function changed(
  current: { name: string; kind: string; levels: string[]; districtId: string; address: string | null },
  row: SchoolRow,
  districtId: string,
): boolean {
  return (
    current.name !== row.name ||
    current.kind !== row.kind ||
    !sameLevels(current.levels, row.levels) ||
    current.districtId !== districtId ||
    (row.address !== null && row.address !== current.address)
  );
}
