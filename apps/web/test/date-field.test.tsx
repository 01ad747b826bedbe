import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from '../src/components/date-field';
import { shownDateTime, typedDate, typedDateTime } from '../src/components/typed-date';
import { renderComponent } from './render-component';

function Harness({ initial, onChange }: { initial: string; onChange: (day: string) => void }) {
  const [day, setDay] = useState(initial);
  return (
    <DateField
      label="Ngày dạy"
      value={day}
      onChange={(next) => {
        setDay(next);
        onChange(next);
      }}
    />
  );
}

describe('a date field', () => {
  it('shows 12/05/2026 for 2026-05-12 and reads back the day typed, day first', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderComponent(<Harness initial="2026-05-12" onChange={changed} />);
    const input = screen.getByLabelText('Ngày dạy') as HTMLInputElement;
    expect(input.value).toBe('12/05/2026');
    expect(input.placeholder).toBe('dd/mm/yyyy');

    await user.clear(input);
    await user.type(input, '3/9/2026');
    expect(changed).toHaveBeenLastCalledWith('2026-09-03');
    await user.tab();
    await waitFor(() => expect(input.value).toBe('03/09/2026'));
  });

  it('says so when what was typed is no day, and sends none', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderComponent(<Harness initial="" onChange={changed} />);
    const input = screen.getByLabelText('Ngày dạy');
    await user.type(input, '31/02/2026');
    await user.tab();
    expect(await screen.findByText('Ngày không hợp lệ: gõ theo dạng dd/mm/yyyy.')).toBeTruthy();
    expect(changed).not.toHaveBeenCalledWith(expect.stringMatching(/^2026/));
  });

  it('reads the usual ways of typing a day', () => {
    for (const typed of ['12/05/2026', '12-5-2026', '12.05.2026', '12052026', '2026-05-12'])
      expect(typedDate(typed), typed).toBe('2026-05-12');
    // No 29 February in 2027; no day at all.
    for (const typed of ['29/02/2027', '05/2026']) expect(typedDate(typed), typed).toBeNull();
  });

  it('reads and shows a date with a 24-hour time the same way', () => {
    expect(shownDateTime('2026-11-20T07:30')).toBe('20/11/2026 07:30');
    expect(typedDateTime('20/11/2026 7:30')).toBe('2026-11-20T07:30');
    expect(typedDateTime('20/11/2026 19h05')).toBe('2026-11-20T19:05');
    expect(typedDateTime('2026-11-20T07:30')).toBe('2026-11-20T07:30');
    expect(typedDateTime('20/11/2026 24:00')).toBeNull();
    expect(typedDateTime('20/11/2026')).toBeNull();
  });
});
