import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { can, parseDistrictRow } from '@hoclieu/domain';
import { distinctRows, type Planner, type RowWrite, rowError, rowWrite } from './plan.js';

/** District offices (Phòng GDĐT) of one province by code: created, or renamed. */
export function planDistricts(db: Db, provinceId: string): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const rows = distinctRows(records.map(parseDistrictRow), errors, {
      of: (row) => row.code,
      column: 'Mã phòng',
      describe: (row) => `mã phòng "${row.code}"`,
    });
    const existing = await db.district.findMany({ where: { code: { in: rows.map((row) => row.code) } } });
    const districtByCode = new Map(existing.map((district) => [district.code, district]));
    const writes: RowWrite[] = [];
    for (const row of rows) {
      const current = districtByCode.get(row.code);
      if (!can(actor, 'district.manage', { provinceId }) || (current && current.provinceId !== provinceId)) {
        const message = current
          ? `Mã phòng "${row.code}" đã là một Phòng GDĐT của Sở khác`
          : 'Bạn không có quyền tạo Phòng GDĐT trong Sở này';
        errors.push(rowError(row.row, 'Mã phòng', 'IMPORT_ROW_FORBIDDEN', message));
        continue;
      }
      if (current?.deactivatedAt) {
        const message = `${current.name} (mã "${row.code}") đã ngừng hoạt động; mở lại trong trang Tổ chức trước khi nhập`;
        errors.push(rowError(row.row, 'Mã phòng', 'IMPORT_ROW_CONFLICT', message));
        continue;
      }
      if (!current)
        writes.push(
          rowWrite(row.row, 'created', (tx) =>
            tx.district.create({ data: { code: row.code, name: row.name, provinceId } }),
          ),
        );
      else if (current.name !== row.name)
        writes.push(
          rowWrite(row.row, 'updated', (tx) =>
            tx.district.update({ where: { id: current.id }, data: { name: row.name } }),
          ),
        );
      else writes.push(rowWrite(row.row, 'unchanged'));
    }
    return { errors, writes };
  };
}
