import { foldDiacritics } from '../text.js';

/** A subject as the curriculum lists it: code "ngu-van", name "Ngữ văn". */
export interface SubjectRef {
  code: string;
  name: string;
}

/** Finds a subject written by code ("ngu-van") or by name, diacritics-insensitively ("ngu van", "Hoá học"). */
export function subjectFinder(subjects: SubjectRef[]): (text: string) => SubjectRef | null {
  const byKey = new Map<string, SubjectRef>();
  for (const subject of subjects) {
    byKey.set(subject.code.toLowerCase(), subject);
    byKey.set(foldDiacritics(subject.name), subject);
  }
  return (text) => byKey.get(text.trim().toLowerCase()) ?? byKey.get(foldDiacritics(text)) ?? null;
}

/** A list result: the values read, and a Vietnamese message per item that could not be. */
export interface ListResult<T> {
  values: T[];
  problems: string[];
}

/** Elective subjects of a class's combination, separated by "," or ";", each an elective of upper secondary. */
export function parseElectives(text: string, electives: SubjectRef[]): ListResult<string> {
  const find = subjectFinder(electives);
  const values: string[] = [];
  const problems: string[] = [];
  for (const item of text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const subject = find(item);
    if (!subject) problems.push(`"${item}" không phải môn lựa chọn của cấp THPT`);
    else if (!values.includes(subject.code)) values.push(subject.code);
  }
  return { values, problems };
}

export interface AssignmentRef {
  className: string;
  subjectCode: string;
}

/** Teaching assignments "6A:toan; 7A:Ngữ văn": class name, colon, subject code or name; ";" between them. */
export function parseAssignments(text: string, subjects: SubjectRef[]): ListResult<AssignmentRef> {
  const find = subjectFinder(subjects);
  const values: AssignmentRef[] = [];
  const problems: string[] = [];
  for (const item of text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^:]+):(.+)$/.exec(item);
    const className = match?.[1]?.trim() ?? '';
    const subjectText = match?.[2]?.trim() ?? '';
    if (!className || !subjectText) {
      problems.push(`Phân công "${item}" phải có dạng Lớp:môn, ví dụ 6A1:toan`);
      continue;
    }
    const subject = find(subjectText);
    if (!subject) problems.push(`Không có môn "${subjectText}" (phân công "${item}")`);
    else if (!values.some((v) => v.className === className && v.subjectCode === subject.code)) {
      values.push({ className, subjectCode: subject.code });
    }
  }
  return { values, problems };
}
