import type { ExamSettings, PaperPart } from '@hoclieu/contracts';
import { seededRandom, shuffleWith } from './random.js';

/**
 * One numbered item of a paper. A group question is one item: its children travel together and
 * keep their order. `optionLabels` are the original labels in authored order ([] for Đúng/Sai,
 * short answer, essay and groups); `lockedLabels` are those `isLockedOption` says must not move.
 */
export interface PaperItem {
  key: string;
  part: PaperPart;
  optionLabels: string[];
  lockedLabels: string[];
}

export type VersionSettings = Pick<ExamSettings, 'shuffleQuestions' | 'withinParts' | 'shuffleOptions'>;

export interface PaperVersion {
  /** Item keys in paper order. */
  order: string[];
  /** Per item key, original option labels in display order: display letters are A, B, C… by index. */
  options: Record<string, string[]>;
}

const DISPLAY_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

/**
 * Options in display order: unlocked options are shuffled among the unlocked places, locked ones
 * ("Cả A và B", "Tất cả các đáp án trên") stay at their index. Also for the options of a group's
 * children, which `buildVersion` leaves alone (seed them with the version seed, item key and child).
 */
export function arrangeOptions(optionLabels: string[], lockedLabels: string[], seed: string): string[] {
  const locked = new Set(lockedLabels);
  const moving = shuffleWith(
    optionLabels.filter((label) => !locked.has(label)),
    seededRandom(seed),
  );
  let next = 0;
  return optionLabels.map((label) => (locked.has(label) ? label : (moving[next++] as string)));
}

/**
 * Shuffles items inside their part: each part keeps the places it has on the authored paper
 * (normally I, II, III, then essay), and its items are shuffled among those places.
 */
function shuffleWithinParts(items: PaperItem[], random: () => number): PaperItem[] {
  const placesByPart = new Map<PaperPart, number[]>();
  items.forEach((item, place) => {
    placesByPart.set(item.part, [...(placesByPart.get(item.part) ?? []), place]);
  });
  const paper = [...items];
  for (const places of placesByPart.values()) {
    const shuffled = shuffleWith(
      places.map((place) => items[place] as PaperItem),
      random,
    );
    places.forEach((place, i) => {
      paper[place] = shuffled[i] as PaperItem;
    });
  }
  return paper;
}

/**
 * One paper version (mã đề). Without `withinParts` items are shuffled across the whole paper,
 * parts mixed: meant for online quizzes shown without part headings. The option order of an item
 * depends only on the seed and the item's key, so editing one question does not reshuffle the others.
 */
export function buildVersion(items: PaperItem[], settings: VersionSettings, seed: string): PaperVersion {
  const random = seededRandom(`${seed}:order`);
  const paper = !settings.shuffleQuestions
    ? items
    : settings.withinParts
      ? shuffleWithinParts(items, random)
      : shuffleWith(items, random);
  const options: Record<string, string[]> = {};
  for (const item of items) {
    options[item.key] = settings.shuffleOptions
      ? arrangeOptions(item.optionLabels, item.lockedLabels, `${seed}:options:${item.key}`)
      : [...item.optionLabels];
  }
  return { order: paper.map((item) => item.key), options };
}

/** The letter a student sees for an original option label, or null when it is not on the paper. */
export function displayLetter(displayOrder: string[], originalLabel: string): string | null {
  const index = displayOrder.indexOf(originalLabel);
  return index < 0 ? null : (DISPLAY_LETTERS[index] ?? null);
}

/** The original label behind a letter the student saw, or null for a letter past the options. */
export function originalLabel(displayOrder: string[], displayLetter: string): string | null {
  return displayOrder[DISPLAY_LETTERS.indexOf(displayLetter)] ?? null;
}

const FIRST_CODE = 100;
const CODE_COUNT = 900;

/**
 * Distinct three-digit version codes (100–999), drawn by the seed and listed in ascending order
 * as printed on the answer-key sheet.
 */
export function versionCodes(count: number, seed: string): string[] {
  if (!Number.isInteger(count) || count < 0 || count > CODE_COUNT)
    throw new RangeError(`versionCodes: count must be an integer from 0 to ${CODE_COUNT}, got ${count}`);
  const random = seededRandom(`${seed}:codes`);
  const codes = new Set<number>();
  while (codes.size < count) codes.add(FIRST_CODE + Math.floor(random() * CODE_COUNT));
  return [...codes].sort((a, b) => a - b).map(String);
}
