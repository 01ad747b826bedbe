import { describe, expect, it } from 'vitest';
import { corrections, oneEditAway } from '../src/word-corrector.js';

const row = (n: number, word: string, documents = 1, similarity = 0.5) => ({
  n,
  word,
  documents,
  similarity,
});

describe('oneEditAway', () => {
  it('holds deletions, transpositions, substitutions and insertions, not the word', () => {
    const edits = oneEditAway('hao');
    expect(edits).toEqual(expect.arrayContaining(['ha', 'hoa', 'hai', 'khao', 'haoo']));
    expect(edits).not.toContain('hao');
    expect(oneEditAway('trnh')).toContain('trinh');
  });
});

describe('corrections', () => {
  it('replaces unknown words by their neighbours, transpositions first, then frequent ones', () => {
    const rows = [
      row(0, 'dao'),
      row(1, 'dieu'),
      row(2, 'hai', 900),
      row(2, 'hoa', 10),
      row(2, 'cao', 50),
      row(2, 'bao', 5),
    ];
    expect(corrections(['dao', 'dieu', 'hao'], rows)).toEqual([['dao'], ['dieu'], ['hoa']]);
    const noTransposition = rows.filter((r) => r.word !== 'hoa');
    expect(corrections(['dao', 'dieu', 'hao'], noTransposition)).toEqual([
      ['dao'],
      ['dieu'],
      ['hai', 'cao', 'bao'],
    ]);
  });

  it('keeps a known word as it is', () => {
    expect(corrections(['toan', 'lpo'], [row(0, 'toan'), row(0, 'loan'), row(1, 'lop')])).toEqual([
      ['toan'],
      ['lop'],
    ]);
  });

  it('gives up on a word without neighbours (never drops a typed word), and says when nothing changes', () => {
    expect(corrections(['toan', 'xyzzy'], [row(0, 'toan')])).toBeUndefined();
    expect(corrections(['toan'], [row(0, 'toan')])).toBeUndefined();
    expect(corrections(['xyzzy'], [])).toBeUndefined();
  });

  it('never passes a word that is not letters and digits (tsquery syntax)', () => {
    expect(corrections(['abc'], [row(0, "ab'c"), row(0, 'a-bc'), row(0, 'abd')])).toEqual([['abd']]);
  });
});

describe('two edits', () => {
  it('reaches a known word two typing slips away, and measures it', async () => {
    const { twoEditsAway, editDistance } = await import('../src/word-corrector.js');
    expect(twoEditsAway('hcoj')).toContain('hoc');
    expect(twoEditsAway('tuyenn')).toContain('truyen');
    expect(twoEditsAway('hao')).toEqual([]);
    expect(editDistance('hcoj', 'hoc')).toBe(2);
    expect(editDistance('phuong', 'phuong')).toBe(0);
    expect(editDistance('hao', 'hoa')).toBe(1);
    expect(editDistance('a', 'abcd')).toBe(3);
  });

  it('ranks one edit before two, and two before a trigram likeness', () => {
    expect(corrections(['hinh', 'hcoj'], [row(0, 'hinh'), row(1, 'hoc', 5), row(1, 'hocsinh', 900)])).toEqual(
      [['hinh'], ['hoc']],
    );
  });

  it('drops a Telex tone key first: "hcoj" is "hoc" or "cho" before the more frequent "chop"', () => {
    // In the bench province "hoc" is in 6 materials and "chop" in thousands: by counts alone the
    // two-edit alternatives would be chop, chon, cho.
    const rows = [
      row(0, 'hinh'),
      row(1, 'chop', 9000),
      row(1, 'chon', 8000),
      row(1, 'cho', 7000),
      row(1, 'hoc', 6),
    ];
    expect(corrections(['hinh', 'hcoj'], rows)).toEqual([['hinh'], ['cho', 'hoc']]);
    // No tone key at the end: plain two-edit ranking by counts.
    expect(corrections(['hcoq'], [row(0, 'chop', 9000), row(0, 'hoc', 6)])?.[0]?.[0]).toBe('chop');
  });
});

describe('titlePhrase (ranking: the words next to each other in a title)', () => {
  it("chains each word's alternatives, the last a prefix only as typed", async () => {
    const { titlePhrase } = await import('../src/postgres-relevance.js');
    expect(titlePhrase([['tich'], ['phan']], true)).toBe('(tich:A) <-> (phan:*A)');
    expect(titlePhrase([['hinh'], ['cho', 'hoc']], false)).toBe('(hinh:A) <-> (cho:A | hoc:A)');
  });
});
