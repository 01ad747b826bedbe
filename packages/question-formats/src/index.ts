export { detectFormat } from './detect.js';
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from './docx/package-parts.js';
export { parseDocx } from './docx/read-docx.js';
export { type DocxExportOptions, exportDocx } from './docx-export/docx-export.js';
export { wordTemplate } from './docx-export/word-template.js';
export { exportMoodleXml } from './moodle/moodle-export.js';
export { parseMoodleXml } from './moodle/moodle-import.js';
export { exportAnswerKey } from './paper/export-answer-key.js';
export { exportMatrix } from './paper/export-matrix.js';
export { exportPaper } from './paper/export-paper.js';
export { type MatrixTotals, matrixTotals } from './paper/matrix-totals.js';
export type {
  AnswerKeyDoc,
  AnswerKeyVersion,
  MatrixDoc,
  MatrixKey,
  MatrixLevel,
  MatrixOutcome,
  MatrixRow,
  MatrixType,
  PaperHeader,
  PrintablePaper,
} from './paper/paper-types.js';
export { vietnameseNumber } from './paper/vietnamese-number.js';
export { exportQuestions, type ParseOptions, parseQuestions } from './parse-questions.js';
export { exportQti3 } from './qti/qti-export.js';
export { parseQtiPackage, parseQtiXml } from './qti/qti-import.js';
export { emptyQuestion, levelFromLabel } from './question.js';
export { parseAiken } from './text/aiken.js';
export { parseGift } from './text/gift.js';
