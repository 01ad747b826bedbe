/** One answer of a GIFT block: `=%50%text#feedback`, text and feedback still protected. */
export interface GiftAnswer {
  marker: '=' | '~';
  /** The `%n%` weight in percent, when written. */
  weight: number | null;
  text: string;
  feedback: string | null;
  /** Offset of the answer in the block, for its line number. */
  offset: number;
}

const WEIGHT = /^%\s*(-?\d+(?:[.,]\d+)?)\s*%/;

/**
 * Splits an answer block on its markers (`=` and `~` for choices, `=` for short and numerical
 * answers), as Moodle does. Text before the first marker is an answer too, with the `leading`
 * marker (Moodle reads `{Paris}` as the short answer "Paris").
 */
export function splitAnswers(block: string, markers: '=~' | '=', leading: '=' | '~'): GiftAnswer[] {
  const answers: GiftAnswer[] = [];
  const pattern = markers === '=' ? /=/g : /[=~]/g;
  const starts = [...block.matchAll(pattern)].map((m) => m.index);
  const head = block.slice(0, starts[0] ?? block.length);
  if (head.trim()) answers.push(readAnswer(leading, head, 0));
  starts.forEach((start, i) => {
    const marker = block[start] === '~' ? '~' : '=';
    answers.push(readAnswer(marker, block.slice(start + 1, starts[i + 1] ?? block.length), start));
  });
  return answers;
}

function readAnswer(marker: '=' | '~', raw: string, offset: number): GiftAnswer {
  const hash = raw.indexOf('#');
  let text = (hash < 0 ? raw : raw.slice(0, hash)).trim();
  const feedback = hash < 0 ? null : raw.slice(hash + 1).trim() || null;
  const weight = WEIGHT.exec(text);
  if (weight) text = text.slice(weight[0].length).trim();
  const percent = weight ? Number((weight[1] ?? '').replace(',', '.')) : null;
  return { marker, weight: percent, text, feedback, offset };
}

/** A weight as a share -1..1, rounded so that 33.33333 % stays 0.3333333. */
export function share(percent: number): number {
  return Number((percent / 100).toPrecision(10));
}
