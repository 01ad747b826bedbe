import type { MaterialDetail, MaterialSummary } from '@hoclieu/contracts';
import {
  type Actor,
  mayDecide,
  mayEditMaterial,
  mayFeature,
  mayRequestShare,
  nextScope,
  reviewsAt,
} from '@hoclieu/domain';
import { type MaterialRow, placementOf } from './load.js';

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

function fileView(file: { id: string; upload: UploadRow }) {
  const u = file.upload;
  return {
    id: file.id,
    name: u.originalName,
    size: u.size === null ? null : Number(u.size),
    contentType: u.contentType,
    category: u.category,
    status: u.status,
    sha256: u.sha256,
    durationSeconds: u.durationSeconds,
    hasThumbnail: u.thumbnailKey !== null,
    preview: previewOf(u.category),
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
export function detailOf(m: MaterialRow, actor: Actor, actorNames: Map<string, string>): MaterialDetail {
  const placement = placementOf(m);
  const involved =
    actor.userId === m.authorId ||
    reviewsAt(actor, placement, m.requestedScope ?? m.scope) ||
    m.decisions.some((d) => d.actorId === actor.userId);
  const next = nextScope(placement);
  return {
    ...summaryOf(m),
    description: m.description,
    tags: m.tags,
    licence: m.licence,
    topics: m.topics.map((t) => t.topic),
    rejectionReason: involved ? m.rejectionReason : null,
    currentVersion: m.currentVersion,
    versions: m.versions.map((v) => ({
      number: v.number,
      note: v.note,
      createdAt: v.createdAt.toISOString(),
      files: v.files.map(fileView),
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
      review: mayDecide(actor, placement),
      feature: mayFeature(actor, placement),
      assign: actor.role === 'teacher' || actor.role === 'school_admin',
    },
  };
}
