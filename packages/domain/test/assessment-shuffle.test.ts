import { describe, expect, it } from 'vitest';
import {
  arrangeOptions,
  buildVersion,
  displayLetter,
  isLockedOption,
  originalLabel,
  type PaperItem,
  seededRandom,
  shuffleWith,
  type VersionSettings,
  versionCodes,
} from '../src/assessment/index.js';

const ABCD = ['A', 'B', 'C', 'D'];
const item = (
  key: string,
  part: PaperItem['part'],
  optionLabels: string[] = [],
  lockedLabels: string[] = [],
) => ({
  key,
  part,
  optionLabels,
  lockedLabels,
});
/** A 2025 paper: 6 multiple choice (one with "Cả A và B" as D), 2 Đúng/Sai, 3 short answers, 1 group, 1 essay. */
const paper: PaperItem[] = [
  ...Array.from({ length: 5 }, (_, i) => item(`${i + 1}`, 'I', ABCD)),
  item('6', 'I', ABCD, ['D']),
  item('7', 'II'),
  item('8', 'II'),
  item('9', 'III'),
  item('10', 'III'),
  item('11', 'III'),
  item('12', 'III'),
  item('13', 'essay'),
];
const all: VersionSettings = { shuffleQuestions: true, withinParts: true, shuffleOptions: true };
const partOf = new Map(paper.map((i) => [i.key, i.part]));
const sorted = (values: string[]) => [...values].sort();

describe('seededRandom', () => {
  it('gives the same sequence for a seed on every platform (pinned: stored versions depend on it)', () => {
    const random = seededRandom('hoclieu');
    expect([random(), random(), random()]).toEqual([
      0.5316283151041716, 0.8518921369686723, 0.49730979069136083,
    ]);
  });

  it('stays in [0, 1) and differs between seeds', () => {
    const random = seededRandom('x');
    for (let i = 0; i < 1000; i++) expect(random()).toSatisfy((v: number) => v >= 0 && v < 1);
    expect(seededRandom('101')()).not.toBe(seededRandom('102')());
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = shuffleWith(items, seededRandom('p'));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
});

describe('isLockedOption', () => {
  /** Options that keep their place when the others are shuffled. */
  const locked = [
    'Cả A và B',
    'Cả A, B và C',
    'Cả A, B, C đều sai',
    'A và B đều đúng',
    'A hoặc B',
    'Tất cả các đáp án trên',
    'Tất cả đều đúng.',
    'Các phương án trên đều sai',
    'Cả ba đáp án trên',
    'Cả 3 đáp án trên đều đúng',
    'Cả hai',
    'Cả ba phương án A, B, C',
    'Không có đáp án nào đúng',
    'Không có phương án đúng',
    'Không phải các đáp án trên',
    'Đáp án khác',
    'All of the above',
    'None of the above',
    'Both A and B',
    'Neither A nor B',
    '<p>Cả <strong>hai</strong> đáp án trên.</p>',
    'CẢ A VÀ B',
    'Ca A va B',
  ];
  /** Look-alikes that shuffle like any other option. */
  const free = [
    'Hà Nội',
    'Cả hai tam giác đều cân',
    'Tất cả học sinh lớp 6',
    'a + b',
    '<span class="math" data-latex="a+b"></span>',
    'Không có nghiệm',
    '',
  ];
  it.each([...locked.map((html) => [html, true] as const), ...free.map((html) => [html, false] as const)])(
    '%j is locked: %s',
    (html, isLocked) => {
      expect(isLockedOption(html)).toBe(isLocked);
    },
  );
});

describe('arrangeOptions', () => {
  it('keeps locked options at their index and shuffles the rest', () => {
    const labels = ['A', 'B', 'C', 'D', 'E'];
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const order = arrangeOptions(labels, ['C', 'E'], `s${i}`);
      expect(sorted(order)).toEqual(labels);
      expect(order[2]).toBe('C');
      expect(order[4]).toBe('E');
      seen.add(order.join(''));
    }
    expect(seen.size).toBe(6); // 3! arrangements of A, B, D.
  });
});

describe('buildVersion', () => {
  const versions = Array.from({ length: 20 }, (_, i) => buildVersion(paper, all, `test-1:${i}`));

  it('makes every version a permutation of the items, with every option permuted', () => {
    for (const version of versions) {
      expect(sorted(version.order)).toEqual(sorted(paper.map((i) => i.key)));
      for (const source of paper)
        expect(sorted(version.options[source.key]!)).toEqual(sorted(source.optionLabels));
    }
  });

  it('keeps the parts in order I, II, III, essay and shuffles inside them', () => {
    for (const version of versions) {
      expect(version.order.map((key) => partOf.get(key))).toEqual(paper.map((i) => i.part));
    }
    expect(new Set(versions.map((v) => v.order.join())).size).toBeGreaterThan(10);
  });

  it('keeps a locked option in its place', () => {
    for (const version of versions) expect(version.options['6']![3]).toBe('D');
  });

  it('keeps the key correct after mapping to display letters and back', () => {
    // Item 1's correct answer is the original C.
    for (const version of versions) {
      const order = version.options['1']!;
      const shown = displayLetter(order, 'C')!;
      expect(order['ABCD'.indexOf(shown)]).toBe('C');
      expect(originalLabel(order, shown)).toBe('C');
    }
    expect(displayLetter(ABCD, 'H')).toBeNull();
    expect(originalLabel(ABCD, 'E')).toBeNull();
    expect(originalLabel(ABCD, '')).toBeNull();
  });

  it('moves a group as one item and lets its children’s options be arranged apart', () => {
    // Item "2" is a group whose children 2.1 and 2.2 are multiple choice: one key on the paper.
    const withGroup = [item('1', 'I', ABCD), item('2', 'I'), item('3', 'I', ABCD)];
    const version = buildVersion(withGroup, all, 'g');
    expect(sorted(version.order)).toEqual(['1', '2', '3']);
    expect(version.options['2']).toEqual([]);
    const child = arrangeOptions(ABCD, ['D'], 'g:2.1');
    expect(child).toEqual(arrangeOptions(ABCD, ['D'], 'g:2.1'));
    expect(child[3]).toBe('D');
  });

  it('is identical for the same seed', () => {
    expect(buildVersion(paper, all, 'test-1:0')).toEqual(versions[0]);
  });

  it('shuffles nothing when told so', () => {
    const none = { shuffleQuestions: false, withinParts: true, shuffleOptions: false };
    const version = buildVersion(paper, none, 'x');
    expect(version.order).toEqual(paper.map((i) => i.key));
    expect(version.options['1']).toEqual(ABCD);
  });

  it('mixes parts when not shuffling within parts', () => {
    const mixed = { ...all, withinParts: false };
    const parts = Array.from({ length: 10 }, (_, i) =>
      buildVersion(paper, mixed, `m${i}`).order.map((key) => partOf.get(key)),
    );
    expect(parts.some((p) => p.join() !== paper.map((i) => i.part).join())).toBe(true);
  });

  it('shuffles an item’s options by its key alone, so other items do not change them', () => {
    const fewer = paper.filter((i) => i.key !== '2');
    expect(buildVersion(fewer, all, 'test-1:0').options['1']).toEqual(versions[0]!.options['1']);
  });
});

describe('versionCodes', () => {
  it('gives distinct three-digit codes, the same for a seed', () => {
    const codes = versionCodes(24, 'test-1');
    expect(codes).toHaveLength(24);
    expect(new Set(codes).size).toBe(24);
    for (const code of codes) expect(code).toMatch(/^[1-9]\d\d$/);
    expect(codes).toEqual([...codes].sort());
    expect(versionCodes(24, 'test-1')).toEqual(codes);
    expect(versionCodes(4, 'de-kiem-tra')).toEqual(['244', '248', '810', '831']);
  });

  it('can give all 900 codes and refuses more', () => {
    expect(new Set(versionCodes(900, 'x')).size).toBe(900);
    expect(versionCodes(0, 'x')).toEqual([]);
    expect(() => versionCodes(901, 'x')).toThrow(RangeError);
    expect(() => versionCodes(1.5, 'x')).toThrow(RangeError);
  });
});
