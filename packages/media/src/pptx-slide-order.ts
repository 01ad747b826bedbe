/**
 * Slide part paths in presentation order. File names (slide1.xml, slide2.xml...) keep the order
 * slides were created in; `ppt/presentation.xml` lists the order they are shown in, through
 * relationship ids resolved by `ppt/_rels/presentation.xml.rels`. Falls back to numeric order.
 */
export function slideOrder(
  slidePaths: readonly string[],
  presentationXml?: string,
  relsXml?: string,
): string[] {
  const numeric = [...slidePaths].sort((a, b) => slideNumber(a) - slideNumber(b));
  if (!presentationXml || !relsXml) return numeric;
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const ordered: string[] = [];
  for (const match of presentationXml.matchAll(/<p:sldId\b[^>]*>/g)) {
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (path && slidePaths.includes(path) && !ordered.includes(path)) ordered.push(path);
  }
  return ordered.length > 0 ? ordered : numeric;
}

function slideNumber(path: string): number {
  return Number(/slide(\d+)\.xml$/.exec(path)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

/** Targets are relative to `ppt/` ("slides/slide3.xml") or absolute in the package ("/ppt/..."). */
function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `ppt/${target.replace(/^\.\//, '')}`;
}
