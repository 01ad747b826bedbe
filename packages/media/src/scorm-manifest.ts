import { XMLParser } from 'fast-xml-parser';

type ScormVersion = '1.2' | '2004';

/** What an e-learning lecture's `imsmanifest.xml` says, kept with the upload. */
export type ScormPackage = {
  version: ScormVersion;
  /** As written in the manifest's metadata (`1.2`, `2004 4th Edition`, `CAM 1.3`), when given. */
  schemaVersion: string | null;
  title: string;
  organizations: { identifier: string; title: string }[];
  /** The first SCO's launch file inside the zip (no query string), and its parameters. */
  launch: string;
  launchParameters: string | null;
  /** 1.2 `adlcp:masteryscore` (0-100), or 2004 `minNormalizedMeasure` × 100 when satisfied by measure. */
  masteryScore: number | null;
};

export type ScormManifestResult = { ok: true; scorm: ScormPackage } | { ok: false; reason: string };

type Node = Record<string, unknown>;

const LIST_TAGS = new Set(['organization', 'item', 'resource', 'file', 'dependency']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (name) => LIST_TAGS.has(name),
});

const text = (value: unknown): string => {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']).trim();
  return '';
};
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const attr = (node: Node, name: string): string => text(node[`@${name}`]);

/** `imsmanifest.xml` at the zip's root, or inside its single top folder (zipped from the parent). */
export function findScormManifest(paths: readonly string[]): string | undefined {
  const atRoot = paths.find((path) => path.toLowerCase() === 'imsmanifest.xml');
  if (atRoot) return atRoot;
  const nested = paths.filter((path) => /^[^/]+\/imsmanifest\.xml$/i.test(path));
  return nested.length === 1 ? nested[0] : undefined;
}

function versionOf(xml: string, schemaVersion: string | null): ScormVersion | null {
  if (schemaVersion === '1.2') return '1.2';
  if (schemaVersion && /2004|CAM 1\.3/i.test(schemaVersion)) return '2004';
  if (xml.includes('adlcp_v1p3') || xml.includes('imsss')) return '2004';
  if (xml.includes('adlcp_rootv1p2')) return '1.2';
  return null;
}

function masteryOf(version: ScormVersion, item: Node): number | null {
  if (version === '1.2') {
    const value = Number.parseFloat(text(item.masteryscore));
    return Number.isFinite(value) ? value : null;
  }
  const primary = ((item.sequencing as Node | undefined)?.objectives as Node | undefined)?.primaryObjective as
    | Node
    | undefined;
  if (!primary || attr(primary, 'satisfiedByMeasure') !== 'true') return null;
  const value = Number.parseFloat(text(primary.minNormalizedMeasure));
  return Number.isFinite(value) ? Math.round(value * 10000) / 100 : null;
}

function* itemsDepthFirst(items: Node[]): Generator<Node> {
  for (const item of items) {
    yield item;
    yield* itemsDepthFirst(list(item.item));
  }
}

const joinPath = (...parts: string[]) =>
  parts
    .join('')
    .replace(/^\.\//, '')
    .replace(/\/\.\//g, '/');

/**
 * Reads a SCORM 1.2 or 2004 manifest: the version (metadata schemaversion, else the namespaces), the
 * organisations, the launch file of the default organisation's first SCO and its mastery score.
 * `folder` is where the manifest sits in the zip (`''` or `top/`); `paths` are the zip's files.
 */
export function parseScormManifest(
  xml: string,
  folder: string,
  paths: readonly string[],
): ScormManifestResult {
  let document: Node;
  try {
    document = parser.parse(xml, true) as Node;
  } catch {
    return { ok: false, reason: 'Tệp imsmanifest.xml không phải XML hợp lệ.' };
  }
  const manifest = document.manifest as Node | undefined;
  if (!manifest || typeof manifest !== 'object')
    return { ok: false, reason: 'Tệp imsmanifest.xml không có thẻ <manifest>.' };
  const schemaVersion = text((manifest.metadata as Node | undefined)?.schemaversion) || null;
  const version = versionOf(xml, schemaVersion);
  if (!version) return { ok: false, reason: 'Không nhận ra phiên bản SCORM (chỉ hỗ trợ SCORM 1.2 và 2004).' };
  const organizationsNode = (manifest.organizations ?? {}) as Node;
  const organizations = list(organizationsNode.organization);
  const preferred = attr(organizationsNode, 'default');
  const organization = organizations.find((o) => attr(o, 'identifier') === preferred) ?? organizations[0];
  if (!organization) return { ok: false, reason: 'Gói SCORM không có tổ chức bài học (<organization>).' };
  const resourcesNode = (manifest.resources ?? {}) as Node;
  const resources = new Map(list(resourcesNode.resource).map((r) => [attr(r, 'identifier'), r]));
  const isSco = (r: Node) => (attr(r, 'scormtype') || attr(r, 'scormType')).toLowerCase() === 'sco';
  let launchItem: Node | undefined;
  let launchResource: Node | undefined;
  for (const item of itemsDepthFirst(list(organization.item))) {
    const resource = resources.get(attr(item, 'identifierref'));
    if (resource && attr(resource, 'href') && isSco(resource)) {
      launchItem = item;
      launchResource = resource;
      break;
    }
  }
  if (!launchItem || !launchResource)
    return { ok: false, reason: 'Gói SCORM không có bài học (SCO) nào có tệp khởi chạy.' };
  const href = joinPath(
    folder,
    attr(resourcesNode, 'base'),
    attr(launchResource, 'base'),
    attr(launchResource, 'href'),
  );
  const [launch = '', query] = href.split('?');
  const parameters = [query, attr(launchItem, 'parameters').replace(/^\?/, '')].filter(Boolean).join('&');
  if (!paths.includes(launch))
    return { ok: false, reason: `Gói SCORM thiếu tệp khởi chạy "${launch}" khai báo trong imsmanifest.xml.` };
  return {
    ok: true,
    scorm: {
      version,
      schemaVersion,
      title: text(organization.title) || attr(organization, 'identifier'),
      organizations: organizations.map((o) => ({
        identifier: attr(o, 'identifier'),
        title: text(o.title),
      })),
      launch,
      launchParameters: parameters || null,
      masteryScore: masteryOf(version, launchItem),
    },
  };
}
