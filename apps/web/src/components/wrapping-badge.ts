import type { BadgeProps } from '@mantine/core';

/**
 * A badge that is never cut: Mantine's badge has one line of fixed height and ends in "…" when its
 * cell is narrow ("Dưới chỉ ti…" in the district table on a phone). This one wraps onto a second
 * line and grows with its text instead.
 */
export const wrappingBadgeStyles = {
  root: {
    height: 'auto',
    minHeight: 'var(--badge-height)',
    lineHeight: 1.3,
    paddingBlock: 2,
    overflow: 'visible',
    textOverflow: 'clip',
    maxWidth: '100%',
  },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', overflowWrap: 'anywhere' },
} satisfies BadgeProps['styles'];
