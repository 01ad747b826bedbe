import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { can, parseDistrictRow, withoutDuplicates } from '@hoclieu/domain';
import { goodRows, type Planner, type RowWrite, rowError } from './plan.js';

/** District offices (Phòng GDĐT) of one province by code: created, or renamed. */
export function planDistricts(db: Db, provinceId: string): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const deduped = withoutDuplicates(
      goodRows(records.map(parseDistrictRow), errors),
      (row) => row.code,
      'Mã phòng',
      (row) => `mã phòng "${row.code}"`,
    );
    errors.push(...deduped.errors);
    const existing = await db.district.findMany({
      where: { code: { in: deduped.kept.map((row) => row.code) } },
    });
    const districtByCode = new Map(existing.map((district) => [district.code, district]));
    const writes: RowWrite[] = [];
    for (const row of deduped.kept) {
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
      if (!current) {
        writes.push({
          row: row.row,
          outcome: 'created',
          write: async (tx) => {
            await tx.district.create({ data: { code: row.code, name: row.name, provinceId } });
          },
        });
      } else if (current.name !== row.name) {
        writes.push({
          row: row.row,
          outcome: 'updated',
          write: async (tx) => {
            await tx.district.update({ where: { id: current.id }, data: { name: row.name } });
          },
        });
      } else {
        writes.push({ row: row.row, outcome: 'unchanged' });
      }
    }
    return { errors, writes };
  };
}
