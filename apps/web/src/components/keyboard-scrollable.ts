/**
 * Props for a scroll container with nothing focusable inside (a wide table of text on a phone): a
 * keyboard user reaches it with Tab and scrolls it with the arrows, a screen reader names it.
 */
export function keyboardScrollable(label: string) {
  return { tabIndex: 0, role: 'region', 'aria-label': label } as const;
}
