import type { ImportRowError, ImportRowErrorCode, OrgSheetKind } from '@hoclieu/contracts';
import { sheetColumns } from './columns.js';
import type { ImportRecord } from './table.js';

/** A row read into its typed value, or the reasons it cannot be imported. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ImportRowError[] };

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const CODE = /^[A-Za-z0-9._-]{1,50}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the fields of one record, collecting a Vietnamese error per bad cell (with the column's
 * template header), so a row reports every problem at once rather than the first.
 */
export function fieldsOf(kind: OrgSheetKind, record: ImportRecord) {
  const errors: ImportRowError[] = [];
  const headerOf = (key: string) => sheetColumns[kind].find((column) => column.key === key)?.header ?? key;
  const raw = (key: string) => record.values[key] ?? '';

  const fail = (key: string, message: string, code: ImportRowErrorCode = 'IMPORT_ROW_INVALID') => {
    errors.push({ row: record.row, column: headerOf(key), code, message });
  };

  /** A required cell: blank or longer than `max` is an error (then returns ""). */
  const required = (key: string, max: number): string => {
    const value = raw(key);
    if (value === '') fail(key, `Thiếu ${headerOf(key)}`);
    else if (value.length > max) fail(key, `${headerOf(key)} dài quá ${max} ký tự`);
    else return value;
    return '';
  };

  /** An optional cell: blank is `null` (the existing value is kept on update). */
  const optional = (key: string, max: number): string | null => {
    const value = raw(key);
    if (value === '') return null;
    if (value.length > max) {
      fail(key, `${headerOf(key)} dài quá ${max} ký tự`);
      return null;
    }
    return value;
  };

  return {
    errors,
    fail,
    raw,
    required,
    optional,
    /** A code of the sector's databases (school, district): letters without diacritics, digits, . _ - */
    code(key: string): string {
      const value = required(key, 50);
      if (value && !CODE.test(value)) {
        fail(
          key,
          `${headerOf(key)} "${value}" chỉ được gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới`,
        );
        return '';
      }
      return value;
    },
    username(key: string): string {
      const value = required(key, 64).toLowerCase();
      if (value && !USERNAME.test(value)) {
        fail(
          key,
          `Tên đăng nhập "${value}" không hợp lệ: dài 3-64 ký tự, chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới`,
        );
        return '';
      }
      return value;
    },
    /** A required cell naming one of a list (loại hình, vai trò): what `parse` makes of it, or null. */
    oneOf<T>(key: string, parse: (text: string) => T | null, choices: string): T | null {
      const text = required(key, 50);
      const value = text ? parse(text) : null;
      if (text && !value) fail(key, `${headerOf(key)} "${text}" không hợp lệ; dùng một trong: ${choices}`);
      return value;
    },
    email(key: string): string | null {
      const value = optional(key, 200)?.toLowerCase() ?? null;
      if (value && !EMAIL.test(value)) {
        fail(key, `Email "${value}" không hợp lệ`);
        return null;
      }
      return value;
    },
    /** "2026-2027": two consecutive years. */
    schoolYear(key: string): string {
      const value = required(key, 20).replace(/\s*[-–/]\s*/, '-');
      const match = /^(\d{4})-(\d{4})$/.exec(value);
      if (value && (!match || Number(match[2]) !== Number(match[1]) + 1 || Number(match[1]) < 2000)) {
        fail(key, `Năm học "${raw(key)}" phải có dạng 2026-2027 (hai năm liền nhau)`);
        return '';
      }
      return value;
    },
    grade(key: string): number {
      const value = raw(key);
      const grade = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
      if (!(grade >= 1 && grade <= 12)) {
        fail(key, value === '' ? 'Thiếu Khối' : `Khối lớp phải là số từ 1 đến 12 (đang ghi "${value}")`);
        return 0;
      }
      return grade;
    },
    /** The row's value when no cell failed. */
    result<T>(value: T): Parsed<T> {
      return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
    },
  };
}
