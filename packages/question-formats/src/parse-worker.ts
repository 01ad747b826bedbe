import type { ImportResult } from '@hoclieu/contracts';
import { type ParseOptions, parseQuestions } from './parse-questions.js';

export interface ParseTask {
  bytes: Uint8Array;
  fileName: string;
  options: ParseOptions;
}

/** The body of a parser thread (see parse-pool.ts): one file in, its questions out. */
export default function parseTask({ bytes, fileName, options }: ParseTask): Promise<ImportResult> {
  return parseQuestions(bytes, fileName, options);
}
