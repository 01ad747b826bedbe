import type { MatrixCell } from '@hoclieu/contracts';

/** The names the question bank shows teachers (apps/web i18n), so a reason reads like the screen. */
const TYPE_NAMES: Record<MatrixCell['type'], string> = {
  single_choice: 'Nhiều lựa chọn',
  multiple_select: 'Chọn nhiều đáp án',
  true_false_group: 'Đúng/Sai',
  short_answer: 'Trả lời ngắn',
  essay: 'Tự luận',
};
const LEVEL_NAMES: Record<MatrixCell['level'], string> = { biet: 'Biết', hieu: 'Hiểu', van_dung: 'Vận dụng' };

/** Statements of a standard 2025 Đúng/Sai question. */
export const STATEMENTS_PER_QUESTION = 4;

/** What the draw saw for one cell, in the cell's unit (questions, or statements for Đúng/Sai). */
export interface CellSupply {
  /** Matching questions in the bank, and those still free when the cell was filled. */
  matching: number;
  free: number;
  /** Statements of the free Đúng/Sai questions. */
  freeStatements: number;
  /** Whether every free Đúng/Sai question has exactly 4 statements. */
  allStandard: boolean;
}

/** Why a cell is short, in one or two Vietnamese sentences the teacher can act on. */
export function shortfallReason(cell: MatrixCell, supply: CellSupply): string {
  const what = `câu ${TYPE_NAMES[cell.type]} mức ${LEVEL_NAMES[cell.level]}`;
  const where = cell.topicId === null ? 'đã duyệt' : 'đã duyệt thuộc chủ đề này';
  const perStatement = cell.type === 'true_false_group';
  const wanted = perStatement ? `${cell.count} ý` : `${cell.count}`;
  const sentences: string[] = [];
  if (perStatement && cell.count % STATEMENTS_PER_QUESTION !== 0 && supply.allStandard) {
    sentences.push(
      `Đúng/Sai được đếm theo ý: ${cell.count} ý không chia hết cho ${STATEMENTS_PER_QUESTION} ý mỗi câu.`,
    );
  }
  const available = perStatement ? supply.freeStatements : supply.free;
  const statements = perStatement ? ` (${supply.freeStatements} ý)` : '';
  const used = supply.matching - supply.free;
  if (supply.matching === 0) {
    sentences.push(`Không có ${what} nào ${where}, cần ${wanted}.`);
  } else if (available < cell.count && used > 0) {
    sentences.push(
      `Có ${supply.matching} ${what} ${where} nhưng ${used} câu đã được rút cho ô khác của ma trận; ` +
        `còn ${supply.free} câu${statements}, cần ${wanted}.`,
    );
  } else if (available < cell.count) {
    sentences.push(`Chỉ có ${supply.free} ${what} ${where}${statements}, cần ${wanted}.`);
  } else if (sentences.length === 0) {
    // Enough statements in all, but questions of 3 or 2 statements cannot add up to the count.
    sentences.push(`Không ghép được đúng ${wanted} từ các ${what} ${where} (số ý mỗi câu không khớp).`);
  }
  return sentences.join(' ');
}
