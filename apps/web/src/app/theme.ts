import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  Drawer,
  type MantineColorsTuple,
  Modal,
  mergeThemeOverrides,
} from '@mantine/core';

/** Relative luminance of #rrggbb (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** `hex` darkened in small steps until it and white reach `ratio` (as text on white, or white text on it). */
function darkEnough(hex: string, ratio: number): string {
  let color = hex;
  for (let step = 1; contrastWithWhite(color) < ratio && step < 20; step++) {
    color = `#${[1, 3, 5]
      .map((i) =>
        Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * (1 - step * 0.04))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  }
  return color;
}

/**
 * Mantine's palettes with shades 6–9 darkened where they are too light for WCAG AA: shade 6 is
 * the filled colour (white text on it) and the text colour (`c="red"`, `c="dimmed"` is gray 6),
 * shade 9 the text of light badges and alerts on shade 1. The light shades (backgrounds, borders)
 * stay as Mantine draws them.
 */
const accessibleColors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, shades]) => [
      name,
      shades.map((shade, index) =>
        index < 6 ? shade : darkEnough(shade, [5, 5.2, 5.6, 6.3][index - 6] ?? 5),
      ) as unknown as MantineColorsTuple,
    ]),
);

const theme = createTheme({
  primaryColor: 'teal',
  colors: accessibleColors,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});

/**
 * Mantine's placeholder is gray 5 (2.1:1 on white); the placeholder element of Select, FileInput...
 * is real text to axe and to a reader, so it takes the dimmed gray (gray 6 above, 5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});

/** The theme with the words it needs in the page's language: the close button of every dialog and drawer. */
export function localizedTheme(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}
