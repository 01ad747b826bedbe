import type { Element } from '@xmldom/xmldom';
import { firstChild } from '../xml.js';

/** Moodle question types with no equivalent here, named for the teacher. */
const NAMES: Record<string, string> = {
  description: 'description: đoạn mô tả, không phải câu hỏi',
  match: 'match: ghép đôi',
  randomsamatch: 'randomsamatch: ghép đôi ngẫu nhiên',
  ddwtos: 'ddwtos: kéo thả vào chỗ trống',
  gapselect: 'gapselect: chọn từ điền chỗ trống',
  ddimageortext: 'ddimageortext: kéo thả lên hình',
  ddmarker: 'ddmarker: đánh dấu trên hình',
  ordering: 'ordering: sắp xếp thứ tự',
  calculated: 'calculated: câu tính toán có biến',
  calculatedsimple: 'calculatedsimple: câu tính toán có biến',
  calculatedmulti: 'calculatedmulti: trắc nghiệm có biến',
  random: 'random: câu ngẫu nhiên',
  multianswer: 'multianswer: Cloze, chỉ đọc được câu Đúng/Sai do hệ thống này xuất',
};

export function describeType(type: string): string {
  return NAMES[type] ?? (type || 'không rõ loại');
}

/**
 * Why a question cannot be imported (its Moodle type, described), or null when it may be read.
 * Cloze (`multianswer`) is tried first: only the layout this package writes is read.
 */
export function unsupportedType(element: Element, type: string): string | null {
  if (type === 'essay' && firstChild(element, 'responseformat')?.textContent?.trim() === 'noinline') {
    return 'essay: chỉ nộp tệp, không có ô nhập văn bản';
  }
  if (['multichoice', 'truefalse', 'shortanswer', 'numerical', 'essay', 'multianswer'].includes(type))
    return null;
  return describeType(type);
}
