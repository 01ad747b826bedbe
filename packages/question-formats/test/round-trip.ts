import {
  type ImportedImage,
  type ImportedQuestion,
  importResultSchema,
  type QuestionExportFormat,
} from '@hoclieu/contracts';
import { expect } from 'vitest';
import { exportQuestions, parseQuestions } from '../src/index.js';

/** Exports the questions to a format and imports the file back, as a download uploaded again would be. */
export async function exportAndReimport(
  questions: ImportedQuestion[],
  format: QuestionExportFormat,
  images: ImportedImage[] = [],
) {
  const file = await exportQuestions(questions, format, images);
  const result = importResultSchema.parse(await parseQuestions(file.bytes, file.fileName));
  return { file, result };
}

/** A lossless round trip: the file imports back cleanly, to the same questions and images. */
export async function expectLosslessRoundTrip(
  questions: ImportedQuestion[],
  format: QuestionExportFormat,
  images: ImportedImage[] = [],
) {
  const { file, result } = await exportAndReimport(questions, format, images);
  expect(result.problems).toEqual([]);
  expect(result.questions).toEqual(questions);
  expect(result.images).toEqual(images);
  return file;
}
