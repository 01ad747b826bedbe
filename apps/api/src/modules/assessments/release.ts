/** Whether students may see scores and the review now, by the assignment's release policy. */
export function isReleased(
  a: { releasePolicy: 'immediately' | 'after_close' | 'manual'; released: boolean; closesAt: Date },
  now: Date,
): boolean {
  if (a.releasePolicy === 'immediately') return true;
  if (a.releasePolicy === 'after_close') return a.released || now >= a.closesAt;
  return a.released;
}
