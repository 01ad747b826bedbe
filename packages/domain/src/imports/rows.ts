import type { SchoolLevel } from '@hoclieu/contracts';
import { levelOfGrade, parseSchoolKind, schoolKinds } from '../school-kind.js';
import { foldDiacritics } from '../text.js';
import { fieldsOf, type Parsed } from './fields.js';
import { type AssignmentRef, parseAssignments, parseElectives, type SubjectRef } from './subjects.js';
import type { ImportRecord } from './table.js';

export interface SchoolRow {
  row: number;
  code: string;
  name: string;
  kind: string;
  levels: SchoolLevel[];
  districtCode: string;
  address: string | null;
}

export interface ClassRow {
  row: number;
  schoolCode: string;
  schoolYear: string;
  name: string;
  grade: number;
  electiveSubjects: string[];
}

export interface TeacherRow {
  row: number;
  schoolCode: string;
  username: string;
  fullName: string;
  email: string | null;
  assignments: AssignmentRef[];
}

export interface StudentRow {
  row: number;
  schoolCode: string;
  schoolYear: string;
  className: string;
  username: string;
  fullName: string;
}

/** Class names typed by hand differ in case, spaces and diacritics: "6A1", "6a1", "6 A1" name one class. */
export function classKey(name: string): string {
  return foldDiacritics(name).replace(/\s+/g, '');
}

/** Whether a school teaching these levels has this grade (continuing education: grades 6-12). */
export function gradeFitsLevels(grade: number, levels: SchoolLevel[]): boolean {
  return levels.includes(levelOfGrade(grade)) || (levels.includes('continuing') && grade >= 6);
}

const className = (text: string) => text.replace(/\s+/g, ' ');

/** The columns that name a class, on the classes sheet and on the students sheet. */
function classColumns(f: ReturnType<typeof fieldsOf>) {
  return {
    schoolCode: f.code('ma_truong'),
    schoolYear: f.schoolYear('nam_hoc'),
    name: className(f.required('ten_lop', 30)),
  };
}

export function parseSchoolRow(record: ImportRecord): Parsed<SchoolRow> {
  const f = fieldsOf('schools', record);
  const code = f.code('ma_truong');
  const name = f.required('ten_truong', 200);
  const kind = f.oneOf('loai_hinh', parseSchoolKind, Object.keys(schoolKinds).join('; '));
  const districtCode = f.code('ma_phong_gddt');
  const address = f.optional('dia_chi', 300);
  return f.result({
    row: record.row,
    code,
    name,
    kind: kind?.kind ?? '',
    levels: kind?.levels ?? [],
    districtCode,
    address,
  });
}

/** `electives`: the elective subjects of upper secondary, which a combination (tổ hợp môn) draws from. */
export function parseClassRow(record: ImportRecord, electives: SubjectRef[]): Parsed<ClassRow> {
  const f = fieldsOf('classes', record);
  const { schoolCode, schoolYear, name } = classColumns(f);
  const grade = f.grade('khoi');
  const combination = f.optional('to_hop_mon', 500);
  let electiveSubjects: string[] = [];
  if (combination && grade > 0 && grade < 10) {
    f.fail('to_hop_mon', `Chỉ lớp 10, 11, 12 mới có tổ hợp môn (lớp này thuộc khối ${grade})`);
  } else if (combination) {
    const parsed = parseElectives(combination, electives);
    for (const problem of parsed.problems) f.fail('to_hop_mon', problem);
    electiveSubjects = parsed.values;
  }
  return f.result({ row: record.row, schoolCode, schoolYear, name, grade, electiveSubjects });
}

/** `subjects`: every subject of the curriculum, for the assignments column. */
export function parseTeacherRow(record: ImportRecord, subjects: SubjectRef[]): Parsed<TeacherRow> {
  const f = fieldsOf('teachers', record);
  const schoolCode = f.code('ma_truong');
  const username = f.username('ten_dang_nhap');
  const fullName = f.required('ho_va_ten', 100);
  const email = f.email('email');
  const parsed = parseAssignments(f.optional('phan_cong', 2000) ?? '', subjects);
  for (const problem of parsed.problems) f.fail('phan_cong', problem);
  return f.result({ row: record.row, schoolCode, username, fullName, email, assignments: parsed.values });
}

export function parseStudentRow(record: ImportRecord): Parsed<StudentRow> {
  const f = fieldsOf('students', record);
  const { schoolCode, schoolYear, name } = classColumns(f);
  const username = f.username('ten_dang_nhap');
  const fullName = f.required('ho_va_ten', 100);
  return f.result({ row: record.row, schoolCode, schoolYear, className: name, username, fullName });
}
