import type { ImportedQuestion } from '@hoclieu/contracts';
import { exportDocx } from '@hoclieu/question-formats';

/** An inline formula as the editor stores it. */
export const m = (latex: string) => `<span class="math" data-latex="${latex}"></span>`;

/** A single-choice question of part I; `correct` is the right option's index, or none. */
export function choice(
  number: string,
  stem: string,
  options: string[],
  correct: number | null,
): ImportedQuestion {
  return {
    number,
    part: 'I',
    type: 'single_choice',
    stem,
    options: options.map((html, i) => ({ label: 'ABCD'[i] as 'A', html, correct: i === correct })),
    statements: [],
    answer: null,
    solution: null,
    level: 'biet',
    metadata: {},
    problems: [],
    children: [],
  };
}

/** A Word paper as the file picker hands it to the page (for `setInputFiles`). */
export async function wordFile(name: string, paper: Promise<Buffer>) {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await paper,
  };
}

/** The stem the journey searches for (without diacritics) after import and approval. */
export const OSCILLATION_STEM = 'Một vật dao động điều hòa với phương trình';

/**
 * A Word paper as a physics teacher writes it: equations made with Word's equation editor, the
 * correct options underlined, and question 2 left without a marked answer (to be fixed in the preview).
 */
export function physicsPaper(): Promise<Buffer> {
  return exportDocx(
    [
      choice(
        '1',
        `${OSCILLATION_STEM} ${m('x = 5\\cos\\left(4\\pi t + \\frac{\\pi}{3}\\right)')} (cm). Biên độ dao động của vật là`,
        ['5 cm', '4 cm', `${m('\\frac{\\pi}{3}')} cm`, '10 cm'],
        0,
      ),
      choice(
        '2',
        'Chu kì dao động của con lắc lò xo có độ cứng k, khối lượng vật m là',
        [
          m('T = 2\\pi\\sqrt{\\frac{m}{k}}'),
          m('T = 2\\pi\\sqrt{\\frac{k}{m}}'),
          m('T = \\frac{1}{2\\pi}\\sqrt{\\frac{m}{k}}'),
          m('T = \\sqrt{mk}'),
        ],
        null,
      ),
    ],
    [],
    { title: 'Kiểm tra 15 phút – Vật lí 11' },
  );
}
