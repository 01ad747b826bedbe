import type { QuestionType } from '@hoclieu/contracts';

/**
 * Points per question in the 2025 paper format, shown as a hint while an exam is being built: Phần I
 * 0,25; Phần II (Đúng/Sai) 1 per question; Phần III 0,25, or 0,5 in Toán; an essay 1. The server
 * decides the real default when the exam is saved (null: no hint, e.g. a group).
 */
export function defaultPointsHint(type: QuestionType, subjectCode: string | null): number | null {
  switch (type) {
    case 'single_choice':
      return 0.25;
    case 'true_false_group':
      return 1;
    case 'short_answer':
      return subjectCode === 'toan' ? 0.5 : 0.25;
    case 'essay':
      return 1;
    default:
      return null;
  }
}
