import type { ImportProblem } from '@hoclieu/contracts';
import { warning } from '../problems.js';
import type { AnswerKeyEntry } from './answer-key.js';

const VERSION = /^\s*Mã\s+đề(?:\s+thi)?\s*[:.]?\s*([\p{L}\d]{1,12})\s*$/iu;

/** "Mã đề 101" alone on a line: the code, else null. */
export function versionCode(text: string): string | null {
  return VERSION.exec(text.normalize('NFC'))?.[1] ?? null;
}

/**
 * The versions (mã đề) of a key section. A key with several versions (our own export has one
 * block per mã đề) must not mix them: only the paper's own version is used — or the first one when
 * the paper names none — and the others are reported.
 */
export class KeyVersions {
  private paperCode: string | null = null;
  /** Where each version's keys start in the key list. */
  private readonly starts: { code: string; at: number }[] = [];

  /** A "Mã đề" line of the paper (before its key section). */
  paper(code: string): void {
    this.paperCode ??= code;
  }

  /** A "Mã đề" line inside the key section, when `count` keys have been read. */
  keySection(code: string, count: number): void {
    this.starts.push({ code, at: count });
  }

  select(keys: AnswerKeyEntry[], problems: ImportProblem[]): AnswerKeyEntry[] {
    const first = this.starts[0];
    if (!first) return keys;
    const codes = [...new Set(this.starts.map((s) => s.code))];
    const chosen = this.paperCode ?? first.code;
    if (this.paperCode && !codes.includes(this.paperCode))
      problems.push(
        warning('KEY_VERSION', null, `đề mã ${this.paperCode}, đáp án mã ${codes.join(', ')}: không dùng`),
      );
    else if (codes.length > 1) problems.push(warning('KEY_VERSION', null, `đã dùng đáp án mã đề ${chosen}`));
    // Keys before the first "Mã đề" line belong to no version: kept.
    const kept = keys.slice(0, first.at);
    this.starts.forEach((start, i) => {
      if (start.code === chosen) kept.push(...keys.slice(start.at, this.starts[i + 1]?.at ?? keys.length));
    });
    return kept;
  }
}
