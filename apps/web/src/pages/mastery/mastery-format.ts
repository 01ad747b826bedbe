/** A mastery (0..1) as a whole percentage, "72%". */
export function masteryPercent(mastery: number): string {
  return `${Math.round(mastery * 100)}%`;
}

/**
 * The colour of a mastery cell: red below 50 %, orange below 70 %, light green below the goal's
 * target (80 % unless said), green at or above it.
 */
export function masteryColor(mastery: number, target = 0.8): string {
  if (mastery < 0.5) return 'red';
  if (mastery < 0.7) return 'orange';
  return mastery < target ? 'lime' : 'teal';
}
