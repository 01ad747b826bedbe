import type { ImportedQuestion, QuestionLevel } from '@hoclieu/contracts';

/** What the header of every printed document names (đề, đáp án, ma trận). */
export interface PaperHeader {
  /** "SỞ GDĐT HÀ NỘI" / "PHÒNG GDĐT TUYÊN HOÁ". */
  authority: string;
  school: string;
  /** "KIỂM TRA GIỮA KÌ I". */
  title: string;
  subject: string;
  /** "10" (a leading "Lớp" is tolerated). */
  grade: string;
  durationMinutes: number;
  /** "2024 – 2025". */
  schoolYear?: string;
}

/**
 * One paper version (mã đề) ready to print: items already in this version's order, options
 * already reordered and relabelled A, B, C... by the caller.
 */
export interface PrintablePaper {
  header: PaperHeader;
  versionCode: string;
  items: ImportedQuestion[];
}

export type StatementLabel = 'a' | 'b' | 'c' | 'd';

/** The key of one paper version, numbered as printed. */
export interface AnswerKeyVersion {
  code: string;
  multipleChoice: { number: number; answer: string }[];
  trueFalse: { number: number; answers: Record<StatementLabel, boolean> }[];
  shortAnswer: { number: number; answer: string }[];
  essays: { number: number; rubricHtml: string }[];
}

export interface AnswerKeyDoc {
  header: PaperHeader;
  /** The point scheme, as the caller words it ("Mỗi câu Phần I đúng: 0,25 điểm; ..."). */
  pointsNote: string;
  versions: AnswerKeyVersion[];
}

/** Question types an exam matrix counts, in the column order of Công văn 7991. */
export type MatrixType = 'single_choice' | 'true_false_group' | 'short_answer' | 'essay';
export type MatrixLevel = NonNullable<QuestionLevel>;
/** A matrix column: `${type}:${level}`, e.g. "true_false_group:hieu". */
export type MatrixKey = `${MatrixType}:${MatrixLevel}`;

export interface MatrixOutcome {
  level: MatrixLevel;
  /** Yêu cầu cần đạt. */
  text: string;
  /** The questions testing it, as written on the paper: "Câu 1, 2". */
  questions: string;
}

export interface MatrixRow {
  /** Chủ đề/Chương; consecutive rows of one topic share its cell. */
  topic: string;
  /** Nội dung/đơn vị kiến thức. */
  unit?: string;
  /** Questions per column (Đúng/Sai counted per statement); a missing key is 0. */
  cells: Record<string, number>;
  outcomes: MatrixOutcome[];
}

export interface MatrixDoc {
  header: PaperHeader;
  types: MatrixType[];
  rows: MatrixRow[];
  /** Points of each column (all its questions together); a missing key is 0. */
  points: Record<string, number>;
}

export const MATRIX_LEVELS: MatrixLevel[] = ['biet', 'hieu', 'van_dung'];

export const LEVEL_NAMES: Record<MatrixLevel, string> = { biet: 'Biết', hieu: 'Hiểu', van_dung: 'Vận dụng' };

export const TYPE_NAMES: Record<MatrixType, string> = {
  single_choice: 'Nhiều lựa chọn',
  true_false_group: 'Đúng – Sai',
  short_answer: 'Trả lời ngắn',
  essay: 'Tự luận',
};
