import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  correctShortcutIndex,
  insertOptionAfter,
  markCorrect,
  removeOptionAt,
  splitPastedOptions,
} from '../src/pages/questions/editor/option-keys';
import { PartEditor } from '../src/pages/questions/editor/part-editor';
import { emptyDraft, type QuestionDraft } from '../src/pages/questions/editor/question-draft';
import { renderComponent } from './render-component';

const blank = (n: number) => Array.from({ length: n }, (_, i) => ({ text: String(i), correct: false }));

describe('option list operations', () => {
  it('adds up to eight options and keeps at least two', () => {
    expect(insertOptionAfter(blank(2), 0)?.map((o) => o.text)).toEqual(['0', '', '1']);
    expect(insertOptionAfter(blank(8), 7)).toBeNull();
    expect(removeOptionAt(blank(3), 1)?.map((o) => o.text)).toEqual(['0', '2']);
    expect(removeOptionAt(blank(2), 1)).toBeNull();
  });

  it('marks one correct option, or toggles one of several', () => {
    const marked = markCorrect(markCorrect(blank(3), 0, false), 2, false);
    expect(marked.map((o) => o.correct)).toEqual([false, false, true]);
    const several = markCorrect(markCorrect(blank(3), 0, true), 2, true);
    expect(several.map((o) => o.correct)).toEqual([true, false, true]);
  });

  it('reads Alt+1…8 by key position', () => {
    const key = { altKey: true, ctrlKey: false, metaKey: false };
    expect(correctShortcutIndex({ ...key, code: 'Digit3' })).toBe(2);
    expect(correctShortcutIndex({ ...key, code: 'Numpad8' })).toBe(7);
    expect(correctShortcutIndex({ ...key, code: 'Digit9' })).toBeNull();
    expect(correctShortcutIndex({ ...key, altKey: false, code: 'Digit1' })).toBeNull();
  });

  it('splits a pasted A. B. C. D. block, on one line or several', () => {
    expect(splitPastedOptions('A. $x=1$ B. 2 C) ba D. bốn')).toEqual(['$x=1$', '2', 'ba', 'bốn']);
    expect(splitPastedOptions('A. Hà Nội\nB. Huế\nC. Đà Nẵng\nD. B. Sài Gòn')).toEqual([
      'Hà Nội',
      'Huế',
      'Đà Nẵng',
      'B. Sài Gòn',
    ]);
    expect(splitPastedOptions('Chỉ một câu A. thôi')).toBeNull();
    expect(splitPastedOptions('A. một mình')).toBeNull();
  });
});

function Editor({ initial }: { initial: QuestionDraft }) {
  const [draft, setDraft] = useState(initial);
  return <PartEditor value={draft} onChange={setDraft} />;
}

const option = (label: string) => screen.getByRole('textbox', { name: `Phương án ${label}` });

describe('keyboard entry of options', () => {
  it('moves on with Enter, adds after the last, removes an empty one with Backspace, marks with Alt+N', async () => {
    renderComponent(<Editor initial={emptyDraft('single_choice')} />);
    const user = userEvent.setup();

    await user.click(option('A'));
    await user.keyboard('$x = 1$');
    await user.keyboard('{Enter}2{Enter}3{Enter}4{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(option('E')));
    expect(option('A')).toHaveProperty('value', '$x = 1$');
    expect(option('D')).toHaveProperty('value', '4');

    await user.keyboard('{Backspace}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Phương án E' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(option('D')));

    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByRole('radio', { name: 'Phương án B đúng' })).toHaveProperty('checked', true);
    await user.keyboard('{Alt>}4{/Alt}');
    expect(screen.getByRole('radio', { name: 'Phương án B đúng' })).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: 'Phương án D đúng' })).toHaveProperty('checked', true);
  });

  it('splits a pasted "A. … B. … C. … D. … E. …" block into options', async () => {
    renderComponent(<Editor initial={emptyDraft('single_choice')} />);
    const user = userEvent.setup();

    await user.click(option('A'));
    await user.paste('A. 12 B. $\\sqrt{2}$ C. 15 D. 16 E. không có');
    await waitFor(() => expect(option('E')).toHaveProperty('value', 'không có'));
    expect(option('B')).toHaveProperty('value', '$\\sqrt{2}$');
    expect(option('A')).toHaveProperty('value', '12');
  });
});
