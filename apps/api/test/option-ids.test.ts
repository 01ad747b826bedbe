import { describe, expect, it } from 'vitest';
import { createOptionIds } from '../src/modules/assessments/option-ids.js';

const ids = createOptionIds('a test secret of at least thirty-two characters');
const positions = new Map([
  ['1', 0],
  ['2', 1],
  ['3.1', 2],
]);
const LABELS = ['A', 'B', 'C', 'D'];

describe('per-attempt option ids', () => {
  it('are 8 url-safe characters, distinct within an attempt and stable across its views', () => {
    const a = ids.forAttempt('attempt-1', positions);
    const all = [...positions.keys()].flatMap((key) => LABELS.map((l) => a.idOf(key, l)));
    for (const id of all) expect(id).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(new Set(all).size).toBe(all.length);
    const again = ids.forAttempt('attempt-1', positions);
    expect(LABELS.map((l) => again.idOf('2', l))).toEqual(LABELS.map((l) => a.idOf('2', l)));
  });

  it('differ between attempts and under another secret', () => {
    const a = ids.forAttempt('attempt-1', positions);
    const b = ids.forAttempt('attempt-2', positions);
    const other = createOptionIds('another secret of at least thirty-two characters').forAttempt(
      'attempt-1',
      positions,
    );
    for (const l of LABELS) {
      expect(a.idOf('1', l)).not.toBe(b.idOf('1', l));
      expect(a.idOf('1', l)).not.toBe(other.idOf('1', l));
    }
  });

  it('translate a save to original letters and back, choices echoed in no telling order', () => {
    const a = ids.forAttempt('attempt-1', positions);
    const wire = { choices: [a.idOf('2', 'D'), a.idOf('2', 'A'), a.idOf('2', 'D')] };
    const stored = a.toStored('2', wire, LABELS);
    expect(stored).toEqual({ choices: ['A', 'D'] });
    expect(a.toWire('2', stored)).toEqual({ choices: [a.idOf('2', 'A'), a.idOf('2', 'D')].sort() });
    expect(a.toStored('3.1', { choice: a.idOf('3.1', 'B') }, LABELS)).toEqual({ choice: 'B' });
    expect(a.toWire('1', { text: '12' })).toEqual({ text: '12' });
  });

  it('refuse an id of another question, another attempt or a letter the question lacks', () => {
    const a = ids.forAttempt('attempt-1', positions);
    const b = ids.forAttempt('attempt-2', positions);
    const refused = (fn: () => unknown) =>
      expect(fn).toThrow(expect.objectContaining({ code: 'OPTION_NOT_FOUND' }));
    refused(() => a.toStored('1', { choice: a.idOf('2', 'A') }, LABELS));
    refused(() => a.toStored('1', { choice: b.idOf('1', 'A') }, LABELS));
    refused(() => a.toStored('1', { choice: a.idOf('1', 'E') }, LABELS));
    refused(() => a.toStored('1', { choices: [a.idOf('1', 'A'), 'A'] }, LABELS));
  });
});
