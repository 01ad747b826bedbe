import { expect } from 'vitest';

/** Every fragment stands somewhere in the text (an export, an SVG): one `toContain` each, in order. */
export function expectContainsAll(text: string | null, fragments: readonly string[]): void {
  for (const fragment of fragments) expect(text).toContain(fragment);
}
