import type { MaterialType } from '@hoclieu/contracts';
import { Center, type CenterProps } from '@mantine/core';

/** Simple line drawings (24×24), so cards without a thumbnail still say what they hold. */
const paths: Record<MaterialType, string> = {
  lecture: 'M3 4h18v12H3z M8 20h8 M12 16v4 M7 8h6 M7 11h9',
  video: 'M3 6h13v12H3z M16 10l5-3v10l-5-3',
  document: 'M6 3h9l4 4v14H6z M15 3v4h4 M9 12h7 M9 15h7 M9 18h5',
  textbook: 'M4 5c3-1 6-1 8 1 2-2 5-2 8-1v14c-3-1-6-1-8 1-2-2-5-2-8-1z M12 6v14',
  simulation: 'M12 3l8 4.5v9L12 21l-8-4.5v-9z M12 12l8-4.5 M12 12v9 M12 12L4 7.5',
  image: 'M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15 9.5a1.5 1.5 0 1 0 0.01 0',
  audio: 'M9 18V5l11-2v13 M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0z M20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  other: 'M6 3h9l4 4v14H6z M15 3v4h4',
};

const colors: Record<MaterialType, string> = {
  lecture: 'orange',
  video: 'red',
  document: 'blue',
  textbook: 'teal',
  simulation: 'grape',
  image: 'cyan',
  audio: 'pink',
  other: 'gray',
};

export function MaterialTypeIcon({
  type,
  size = 48,
  ...props
}: { type: MaterialType; size?: number } & CenterProps) {
  const color = colors[type];
  return (
    <Center bg={`${color}.0`} c={`${color}.7`} aria-hidden {...props}>
      <svg
        aria-hidden="true"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={paths[type]} />
      </svg>
    </Center>
  );
}
