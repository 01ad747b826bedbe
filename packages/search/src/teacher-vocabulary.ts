import type { QueryVocabulary, VocabularyEntry } from './query-understanding.js';
import { queryWords } from './search-query.js';

/** A subject of the curriculum, as the database holds it: code "ngu-van", name "Ngữ văn". */
export interface VocabularySubject {
  code: string;
  name: string;
}

/**
 * What teachers call subjects besides their names, by curriculum code. Single syllables are weak:
 * they are everyday words too ("văn bản", "hoá" in "điều hoà", "sử dụng").
 */
const SUBJECT_ALIASES: Record<string, { phrases?: string[]; weak?: string[] }> = {
  'ngu-van': { weak: ['văn'] },
  'vat-li': { phrases: ['vật lý'], weak: ['lí', 'lý'] },
  'hoa-hoc': { weak: ['hoá', 'hóa'] },
  'sinh-hoc': { weak: ['sinh'] },
  'lich-su': { weak: ['sử'] },
  'dia-li': { phrases: ['địa lý'], weak: ['địa'] },
  'lich-su-dia-li': { phrases: ['lịch sử và địa lý', 'sử địa', 'ls&đl'] },
  'khoa-hoc-tu-nhien': { phrases: ['khtn'] },
  'giao-duc-cong-dan': { phrases: ['gdcd'] },
  'giao-duc-kinh-te-phap-luat': { phrases: ['gdktpl', 'kinh tế pháp luật'] },
  'ngoai-ngu-1': { phrases: ['tiếng anh', 'anh văn'], weak: ['anh'] },
  'tin-hoc': { weak: ['tin'] },
  'giao-duc-the-chat': { phrases: ['thể dục', 'gdtc'] },
  'hoat-dong-trai-nghiem-huong-nghiep': { phrases: ['hđtn', 'trải nghiệm hướng nghiệp'] },
  'mi-thuat': { phrases: ['mỹ thuật'] },
};

/** Material types (contracts' materialTypes) by what teachers write. */
const MATERIAL_TYPES: Record<string, { label: string; phrases: string[] }> = {
  lecture: { label: 'Bài giảng', phrases: ['bài giảng', 'slide', 'powerpoint', 'ppt'] },
  video: { label: 'Video', phrases: ['video', 'clip'] },
  document: { label: 'Tài liệu', phrases: ['tài liệu', 'pdf'] },
  textbook: { label: 'Sách giáo khoa', phrases: ['sách giáo khoa', 'sgk'] },
  simulation: { label: 'Mô phỏng', phrases: ['mô phỏng', 'thí nghiệm ảo'] },
  image: { label: 'Hình ảnh', phrases: ['hình ảnh', 'tranh ảnh'] },
  audio: { label: 'Âm thanh', phrases: ['âm thanh', 'audio', 'file nghe'] },
};

/** Cognitive levels (contracts' cognitiveLevels). */
const LEVELS: Record<string, { label: string; phrases: string[]; weak?: string[] }> = {
  biet: { label: 'Nhận biết', phrases: ['nhận biết'], weak: ['biết'] },
  hieu: { label: 'Thông hiểu', phrases: ['thông hiểu'], weak: ['hiểu'] },
  van_dung: { label: 'Vận dụng', phrases: ['vận dụng', 'vận dụng cao'] },
};

/** Question types; "trắc nghiệm" names both choice types. */
const QUESTION_TYPES: Record<string, { label: string; phrases: string[] }> = {
  single_choice: { label: 'Trắc nghiệm', phrases: ['trắc nghiệm', 'nhiều lựa chọn', 'một đáp án'] },
  multiple_select: { label: 'Chọn nhiều đáp án', phrases: ['trắc nghiệm', 'chọn nhiều'] },
  true_false_group: { label: 'Đúng/sai', phrases: ['đúng sai', 'đúng/sai'] },
  short_answer: { label: 'Trả lời ngắn', phrases: ['trả lời ngắn', 'điền đáp án'] },
  essay: { label: 'Tự luận', phrases: ['tự luận'] },
};

const isOneWord = (phrase: string) => queryWords(phrase).length === 1;

function subjectEntries(subjects: VocabularySubject[]): VocabularyEntry[] {
  return subjects.map(({ code, name }) => {
    const alias = SUBJECT_ALIASES[code] ?? {};
    const names = [name, ...(alias.phrases ?? [])];
    return {
      facet: 'subjectCode',
      value: code,
      label: name,
      phrases: names.filter((phrase) => !isOneWord(phrase)),
      weakPhrases: [...names.filter(isOneWord), ...(alias.weak ?? [])],
    };
  });
}

/** "lớp 6", "L6", "khối 6" name grade 6; a bare "6" is weak (it may be "Bài 6"). */
function gradeEntries(): VocabularyEntry[] {
  return Array.from({ length: 12 }, (_, i) => {
    const grade = String(i + 1);
    return {
      facet: 'grade',
      value: grade,
      label: `Lớp ${grade}`,
      phrases: [`lớp ${grade}`, `lớp${grade}`, `l${grade}`, `khối ${grade}`, `khối${grade}`, `k${grade}`],
      weakPhrases: [grade],
    };
  });
}

const entriesOf = (
  facet: string,
  table: Record<string, { label: string; phrases: string[]; weak?: string[] }>,
) =>
  Object.entries(table).map(([value, { label, phrases, weak }]) => ({
    facet,
    value,
    label,
    phrases,
    weakPhrases: weak ?? [],
  }));

/**
 * The words a teacher uses for the facets of the library (materials) or the bank (questions):
 * subjects from the curriculum, grades, material types, cognitive levels, question types.
 */
export function teacherVocabulary(
  kind: 'materials' | 'questions',
  subjects: VocabularySubject[],
): QueryVocabulary {
  const common = [...subjectEntries(subjects), ...gradeEntries()];
  return kind === 'materials'
    ? [...common, ...entriesOf('type', MATERIAL_TYPES)]
    : [...common, ...entriesOf('level', LEVELS), ...entriesOf('type', QUESTION_TYPES)];
}
