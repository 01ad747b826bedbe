export { detectFormat } from './detect.js';
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from './docx/package-parts.js';
export { parseDocx } from './docx/read-docx.js';
export { exportMoodleXml } from './moodle/moodle-export.js';
export { parseMoodleXml } from './moodle/moodle-import.js';
export { type ExportFormat, exportQuestions, type ParseOptions, parseQuestions } from './parse-questions.js';
export { levelFromLabel, numericValue, sameNumericAnswer } from './question.js';
export { parseAiken } from './text/aiken.js';
export { parseGift } from './text/gift.js';
