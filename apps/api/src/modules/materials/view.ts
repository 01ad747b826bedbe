import type { MaterialDetail, MaterialSummary } from '@hoclieu/contracts';
import {
  type Actor,
  mayDecide,
  mayEditMaterial,
  mayFeature,
  mayGiveMaterialsToClasses,
  mayRequestShare,
  nextScope,
  reviewBlock,
  reviewsAt,
} from '@hoclieu/domain';
import { scormOf } from '../lectures/scorm-info.js';
import { requesterOf } from '../sharing/kind.js';
import { approvalStatusOf, asApproved } from './approved-view.js';
import { type MaterialRow, placementOf } from './repository.js';

type UploadRow = MaterialRow['versions'][number]['files'][number]['upload'];

function previewOf(category: string | null): MaterialDetail['versions'][number]['files'][number]['preview'] {
  switch (category) {
    case 'pdf':
    case 'video':
    case 'audio':
    case 'image':
      return category;
    case 'html5-package':
      return 'html5';
    default:
      return 'none';
  }
}

/** Builds an HTML5 package's entry-page address (with its capability) for a file id. */
export type PackageUrl = (fileId: string, entryPage: string) => string;

function scormView(upload: UploadRow) {
  const scorm = scormOf(upload);
  return scorm && { version: scorm.version, title: scorm.title, masteryScore: scorm.masteryScore };
}

/** What any view of an uploaded file tells of it: its name, size, kind, processing state and hash. */
export function uploadFacts(
  u: Pick<UploadRow, 'originalName' | 'size' | 'contentType' | 'category' | 'status' | 'sha256'>,
) {
  return {
    name: u.originalName,
    size: u.size === null ? null : Number(u.size),
    contentType: u.contentType,
    category: u.category,
    status: u.status,
    sha256: u.sha256,
  };
}

function fileView(file: { id: string; upload: UploadRow }, packageUrl: PackageUrl) {
  const u = file.upload;
  const isPackage = u.category === 'html5-package' && u.status === 'stored';
  return {
    id: file.id,
    ...uploadFacts(u),
    durationSeconds: u.durationSeconds,
    hasThumbnail: u.thumbnailKey !== null,
    preview: previewOf(u.category),
    packageUrl: isPackage ? packageUrl(file.id, u.entryPage ?? 'index.html') : null,
    scorm: scormView(u),
  };
}

export function summaryOf(m: Omit<MaterialRow, 'topics' | 'decisions' | 'onlineLessons'>): MaterialSummary {
  const current = m.versions.find((v) => v.number === m.currentVersion);
  const thumb = current?.files.find((f) => f.upload.thumbnailKey !== null);
  return {
    id: m.id,
    title: m.title,
    type: m.type,
    level: m.level,
    grade: m.grade,
    subject: m.subject ? { code: m.subject.code, name: m.subject.name } : null,
    scope: m.scope,
    requestedScope: m.requestedScope,
    featured: m.featured,
    author: m.author,
    school: m.school,
    thumbnailFileId: thumb?.id ?? null,
    viewCount: m.viewCount,
    downloadCount: m.downloadCount,
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The detail as this actor may see it: rejection reasons and the decision trail only for those involved. */
export function detailOf(
  m: MaterialRow,
  actor: Actor,
  actorNames: Map<string, string>,
  packageUrl: PackageUrl,
  pending: boolean,
): MaterialDetail {
  const placement = placementOf(m);
  // Everyone outside the author's reach and the reviewers sees what was approved.
  const shown = pending ? m : asApproved(m);
  const requesterId = requesterOf(m.decisions);
  const involved =
    actor.userId === m.authorId ||
    reviewsAt(actor, placement, m.requestedScope ?? m.scope) ||
    m.decisions.some((d) => d.actorId === actor.userId);
  const next = nextScope(placement);
  return {
    ...summaryOf(shown),
    description: shown.description,
    tags: m.tags,
    licence: m.licence,
    topics: m.topics.map((t) => t.topic),
    rejectionReason: involved ? m.rejectionReason : null,
    currentVersion: shown.currentVersion,
    versions: shown.versions.map((v) => ({
      number: v.number,
      note: v.note,
      createdAt: v.createdAt.toISOString(),
      files: v.files.map((f) => fileView(f, packageUrl)),
    })),
    decisions: involved
      ? m.decisions.map((d) => ({
          action: d.action,
          scope: d.scope,
          reason: d.reason,
          actor: actorNames.get(d.actorId) ?? '',
          createdAt: d.createdAt.toISOString(),
        }))
      : [],
    permissions: {
      edit: mayEditMaterial(actor, m),
      submit: next !== null && mayRequestShare(actor, placement, next),
      review: mayDecide(actor, placement, requesterId),
      feature: mayFeature(actor, placement),
      assign: mayGiveMaterialsToClasses(actor),
      reviewBlocked: reviewBlock(actor, placement, requesterId),
    },
    approval: approvalStatusOf(m, pending),
  };
}
