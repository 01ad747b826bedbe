/** What the WMF and EMF previews of MathType equations share. */

/** Records read at most from one preview: a real equation has a few hundred. */
export const MAX_RECORDS = 50_000;

/** A metafile reader that answers null, instead of throwing, for bytes it cannot read. */
export function nullWhenUnreadable(convert: (bytes: Uint8Array) => string | null) {
  return (bytes: Uint8Array): string | null => {
    try {
      return convert(bytes);
    } catch {
      return null;
    }
  };
}

/** A GDI COLORREF (red, green and blue bytes) at `at`, as a CSS hex colour. */
export function gdiColour(view: DataView, at: number): string {
  const hex = (i: number) =>
    view
      .getUint8(at + i)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}
