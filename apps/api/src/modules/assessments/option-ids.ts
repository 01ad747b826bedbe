import { createHash } from 'node:crypto';
import type { LabelledAnswer, StudentAnswerInput } from '@hoclieu/contracts';
import { AppError } from '../../http/errors.js';

/**
 * A shuffled paper that named each option by its original letter would let students on different
 * mã đề share answers by that letter. The student's payload therefore names options by opaque ids
 * that differ per attempt, next to the letter printed on their paper.
 *
 * The ids of an attempt are one keyed SHAKE256 stream (a PRF, as KMAC: SHA-3 has no length
 * extension) of the attempt id under a key derived from SESSION_SECRET: 6 bytes (8 base64url
 * characters, 48 bits) for each original letter A–H of each answerable item, items in the version's
 * paper order. Nobody without the secret can map an id to a letter, two attempts of the same version
 * get unrelated ids, and no id is stored: the server recomputes them. One hash call per attempt keeps
 * a start cheap (a 40-question paper: about 20 µs, against about 300 µs for an HMAC per question).
 * Storage, grading, corrections and reports keep the original letters; ids exist only on the wire.
 */
const LETTERS = 'ABCDEFGH';
/** Characters per id: 6 bytes are exactly 8 base64url characters. */
const ID_CHARS = 8;
const ITEM_BYTES = (ID_CHARS / 4) * 3 * LETTERS.length;

export type OptionIds = ReturnType<typeof createOptionIds>;

/** Each answerable item key's place in the version's paper (see papers.ts `VersionPaper.positions`). */
export type ItemPositions = ReadonlyMap<string, number>;

export function createOptionIds(sessionSecret: string) {
  const key = createHash('sha256').update(`${sessionSecret}:attempt-option-ids`).digest();

  /** The ids of one attempt, translating answers both ways. */
  function forAttempt(attemptId: string, positions: ItemPositions) {
    let stream: string | undefined;
    const idOf = (itemKey: string, label: string): string => {
      stream ??= createHash('shake256', { outputLength: ITEM_BYTES * positions.size })
        .update(key)
        .update(attemptId)
        .digest('base64url');
      const item = positions.get(itemKey);
      const letter = LETTERS.indexOf(label);
      if (item === undefined || letter < 0) return '';
      const at = (item * LETTERS.length + letter) * ID_CHARS;
      return stream.slice(at, at + ID_CHARS);
    };
    /** The original letter behind an id, among the question's letters; refused when it is not one. */
    const labelOf = (itemKey: string, id: string, labels: readonly string[]) => {
      const label = labels.find((l) => idOf(itemKey, l) === id);
      if (!label) throw new AppError('OPTION_NOT_FOUND', [{ path: 'answers', message: itemKey }]);
      return label;
    };
    return {
      idOf,
      /** A stored answer (original letters) as the student's page holds it (ids). */
      toWire(itemKey: string, answer: LabelledAnswer): StudentAnswerInput {
        const { choice, choices, ...rest } = answer;
        return {
          ...rest,
          ...(choice !== undefined && { choice: idOf(itemKey, choice) }),
          // Sorted by id: in the stored (original-letter) order they would tell how the letters run.
          ...(choices !== undefined && { choices: choices.map((c) => idOf(itemKey, c)).sort() }),
        };
      },
      /** A saved answer (ids) as it is stored (original letters, sorted for a multiple choice). */
      toStored(itemKey: string, answer: StudentAnswerInput, labels: readonly string[]): LabelledAnswer {
        const { choice, choices, ...rest } = answer;
        return {
          ...rest,
          ...(choice !== undefined && { choice: labelOf(itemKey, choice, labels) }),
          ...(choices !== undefined && {
            choices: [...new Set(choices.map((c) => labelOf(itemKey, c, labels)))].sort(),
          }),
        };
      },
    };
  }

  return { forAttempt };
}
