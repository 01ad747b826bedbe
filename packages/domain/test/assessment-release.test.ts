import { describe, expect, it } from 'vitest';
import {
  lastSaveAt,
  type ReleaseFacts,
  releaseOf,
  SAVE_GRACE_MS,
  studentSees,
} from '../src/assessment/index.js';

const closesAt = new Date('2026-12-07T02:00:00Z');
const minutes = (n: number) => n * 60_000;
const at = (ms: number) => new Date(closesAt.getTime() + ms);
const facts = (overrides: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  releasePolicy: 'after_close',
  released: false,
  closesAt,
  extraTime: [],
  ...overrides,
});

describe('lastSaveAt', () => {
  it('is the close plus the save grace when nobody has extra time', () => {
    expect(lastSaveAt(facts())).toEqual(at(SAVE_GRACE_MS));
  });

  it('adds the largest extra time of the assignment', () => {
    const extraTime = [
      { studentId: 'a', minutes: 10 },
      { studentId: 'b', minutes: 25 },
    ];
    expect(lastSaveAt(facts({ extraTime }))).toEqual(at(minutes(25) + SAVE_GRACE_MS));
  });

  it('follows an open attempt whose deadline lies beyond that bound', () => {
    const openDeadlines = [at(minutes(3)), at(-minutes(5))];
    expect(lastSaveAt(facts({ openDeadlines }))).toEqual(at(minutes(3) + SAVE_GRACE_MS));
  });
});

describe('releaseOf', () => {
  const extraTime = [{ studentId: 'slow', minutes: 15 }];
  const until = at(minutes(15) + SAVE_GRACE_MS);

  it('after close: nothing at the close while a classmate has extra time, everything after it ends', () => {
    expect(releaseOf(facts({ extraTime }), at(0))).toEqual({ scores: false, keys: false, keysAt: until });
    expect(releaseOf(facts({ extraTime }), until)).toMatchObject({ scores: false, keys: false });
    expect(releaseOf(facts({ extraTime }), at(minutes(15) + SAVE_GRACE_MS + 1))).toEqual({
      scores: true,
      keys: true,
      keysAt: null,
    });
  });

  it('after close: inside the grace after the close, keys stay held', () => {
    expect(releaseOf(facts(), at(SAVE_GRACE_MS / 2)).keys).toBe(false);
    expect(releaseOf(facts(), at(SAVE_GRACE_MS + 1)).keys).toBe(true);
  });

  it('immediately: the score at once, keys only once nobody can answer', () => {
    const now = at(-minutes(30));
    expect(releaseOf(facts({ releasePolicy: 'immediately', extraTime }), now)).toEqual({
      scores: true,
      keys: false,
      keysAt: until,
    });
    expect(releaseOf(facts({ releasePolicy: 'immediately' }), at(minutes(2))).keys).toBe(true);
  });

  it('manual: nothing until the teacher releases; a release before the end gives scores, keys later', () => {
    const now = at(-minutes(30));
    expect(releaseOf(facts({ releasePolicy: 'manual' }), at(minutes(60)))).toEqual({
      scores: false,
      keys: false,
      keysAt: null,
    });
    expect(releaseOf(facts({ releasePolicy: 'manual', released: true, extraTime }), now)).toEqual({
      scores: true,
      keys: false,
      keysAt: until,
    });
    expect(releaseOf(facts({ releasePolicy: 'manual', released: true }), at(minutes(2))).keys).toBe(true);
  });

  it('after close released early by the teacher: scores now, keys at the end of the window', () => {
    expect(releaseOf(facts({ released: true, extraTime }), at(-minutes(5)))).toEqual({
      scores: true,
      keys: false,
      keysAt: until,
    });
  });

  it('practice: score and keys at once, whatever the window', () => {
    expect(releaseOf(facts({ releasePolicy: 'practice', extraTime }), at(-minutes(30)))).toEqual({
      scores: true,
      keys: true,
      keysAt: null,
    });
  });
});

describe('studentSees', () => {
  const until = at(SAVE_GRACE_MS);
  it('nothing before submitting', () => {
    expect(
      studentSees({ scores: true, keys: true, keysAt: null }, { submitted: false, retakeLeft: false }),
    ).toEqual({ score: false, keys: false, ownAnswers: false, hold: null });
  });

  it('score and own answers while classmates answer, keys after', () => {
    const release = { scores: true, keys: false, keysAt: until };
    expect(studentSees(release, { submitted: true, retakeLeft: false })).toEqual({
      score: true,
      keys: false,
      ownAnswers: true,
      hold: { reason: 'classmates_answering', until },
    });
    expect(
      studentSees({ ...release, keys: true, keysAt: null }, { submitted: true, retakeLeft: false }),
    ).toEqual({
      score: true,
      keys: true,
      ownAnswers: false,
      hold: null,
    });
  });

  it('holds the keys while a retake is left, even in practice', () => {
    const practice = releaseOf(facts({ releasePolicy: 'practice' }), at(-minutes(30)));
    expect(studentSees(practice, { submitted: true, retakeLeft: true })).toMatchObject({
      score: true,
      keys: false,
      hold: { reason: 'retake_left', until: null },
    });
  });

  it('before release: own answers only, and when the results come if known', () => {
    expect(
      studentSees({ scores: false, keys: false, keysAt: until }, { submitted: true, retakeLeft: false }),
    ).toEqual({
      score: false,
      keys: false,
      ownAnswers: true,
      hold: { reason: 'not_released', until },
    });
  });
});
