import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { can, parseSchoolRow, type SchoolRow } from '@hoclieu/domain';
import { distinctRows, type Planner, type RowWrite, rowError, rowWrite, unique } from './plan.js';

const sameLevels = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** Schools by code: created in the named district, or updated (name, type, address, district). */
export function planSchools(db: Db): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const rows = distinctRows(records.map(parseSchoolRow), errors, {
      of: (row) => row.code,
      column: 'Mã trường',
      describe: (row) => `mã trường "${row.code}"`,
    });
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
        const created = { code: row.code, ...data, address: row.address };
        writes.push(rowWrite(row.row, 'created', (tx) => tx.school.create({ data: created })));
      } else if (changed(current, row, district.id)) {
        const updated = { ...data, address: row.address ?? current.address };
        writes.push(
          rowWrite(row.row, 'updated', (tx) =>
            tx.school.update({ where: { id: current.id }, data: updated }),
          ),
        );
      } else {
        writes.push(rowWrite(row.row, 'unchanged'));
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
