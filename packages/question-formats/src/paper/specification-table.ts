import { centred, heading, MATRIX_CELL_MARGIN, MATRIX_TEXT, mergedCell, placeRows } from './matrix-layout.js';
import { LANDSCAPE_TEXT_WIDTH_TWIPS } from './paper-header.js';
import {
  LEVEL_NAMES,
  MATRIX_LEVELS,
  type MatrixDoc,
  type MatrixLevel,
  type MatrixRow,
  TYPE_NAMES,
} from './paper-types.js';
import { vietnameseNumber as vn } from './vietnamese-number.js';
import { type Align, continued, line, type TableCell, wordTable } from './word-table.js';

const LEADING = [450, 1600, 1800, 950];
const TYPE_WIDTH = 850;
const QUESTIONS_WIDTH = 1500;

/**
 * The bản đặc tả: for each topic, unit and level, the learning outcomes (yêu cầu cần đạt), how
 * many questions of each type test them (from the matrix) and which questions they are.
 */
export function specificationTable(doc: MatrixDoc): string {
  const typeColumns = doc.types.length;
  const outcomeWidth =
    LANDSCAPE_TEXT_WIDTH_TWIPS -
    [...LEADING, TYPE_WIDTH * typeColumns, QUESTIONS_WIDTH].reduce((a, b) => a + b, 0);
  const widths = [...LEADING, outcomeWidth, ...Array<number>(typeColumns).fill(TYPE_WIDTH), QUESTIONS_WIDTH];
  const head: TableCell[][] = [
    [
      ...['TT', 'Chủ đề/Chương', 'Nội dung/đơn vị kiến thức', 'Mức độ', 'Yêu cầu cần đạt'].map((name) =>
        heading(name, { merge: 'restart' }),
      ),
      heading('Số câu hỏi', { span: typeColumns }),
      heading('Câu hỏi', { merge: 'restart' }),
    ],
    [
      ...Array.from({ length: 5 }, () => continued()),
      ...doc.types.map((t) => heading(TYPE_NAMES[t])),
      continued(),
    ],
  ];
  const body = placeRows(doc.rows).flatMap(({ row, topicNumber, firstOfTopic }) =>
    levelsOf(row).map((level, i) => {
      const first = i === 0;
      const outcomes = row.outcomes.filter((outcome) => outcome.level === level);
      return [
        mergedCell(first && firstOfTopic, String(topicNumber), { align: 'center' }),
        mergedCell(first && firstOfTopic, row.topic.trim(), { bold: true }),
        mergedCell(first, row.unit?.trim() ?? ''),
        centred(level ? LEVEL_NAMES[level] : ''),
        {
          content: lines(
            outcomes.map((outcome) => `- ${outcome.text.trim()}`),
            'left',
          ),
        },
        ...doc.types.map((type) => centred(level ? count(row.cells[`${type}:${level}`]) : '')),
        { content: lines(outcomes.map((outcome) => outcome.questions.trim()).filter(Boolean), 'center') },
      ];
    }),
  );
  return wordTable([...head, ...body], {
    widths,
    borders: true,
    headerRows: 2,
    cellMargin: MATRIX_CELL_MARGIN,
  });
}

/** Levels with outcomes or questions, in scale order; a row with neither still gets one line. */
function levelsOf(row: MatrixRow): (MatrixLevel | null)[] {
  const used = MATRIX_LEVELS.filter(
    (level) =>
      row.outcomes.some((outcome) => outcome.level === level) ||
      Object.entries(row.cells).some(([key, value]) => key.endsWith(`:${level}`) && value > 0),
  );
  return used.length ? used : [null];
}

const count = (value: number | undefined): string => (value ? vn(value) : '');

function lines(texts: string[], align: Align): string[] {
  return texts.length ? texts.map((text) => line(text, { align, size: MATRIX_TEXT })) : [line('')];
}
