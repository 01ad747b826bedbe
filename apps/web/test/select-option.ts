import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** Picks an option of a Mantine Select or MultiSelect by the select's label. */
export async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const input = screen.getByRole('combobox', { name: label });
  await user.click(input);
  // Several selects may list the same name (the bank's topic filter and the matrix's): use this one's list.
  await waitFor(() => expect(input.getAttribute('aria-controls')).toBeTruthy());
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!list) throw new Error(`no list for ${label}`);
  await user.click(await within(list).findByRole('option', { name: option, hidden: true }));
}
