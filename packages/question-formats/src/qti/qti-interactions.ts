import type { Element } from '@xmldom/xmldom';
import { childElements } from '../xml.js';
import { qtiName } from './qti-html.js';

/** Interactions our questions can hold. */
const SUPPORTED = ['choice-interaction', 'text-entry-interaction', 'extended-text-interaction'] as const;
type InteractionKind = (typeof SUPPORTED)[number];

/** The interactions we cannot hold, by their QTI 3 name, with the name the teacher reads. */
const UNSUPPORTED: Record<string, string> = {
  'match-interaction': 'ghép cặp (matchInteraction)',
  'order-interaction': 'sắp xếp thứ tự (orderInteraction)',
  'associate-interaction': 'liên kết (associateInteraction)',
  'gap-match-interaction': 'kéo thả vào chỗ trống (gapMatchInteraction)',
  'inline-choice-interaction': 'chọn trong câu (inlineChoiceInteraction)',
  'hotspot-interaction': 'chọn vùng trên hình (hotspotInteraction)',
  'graphic-gap-match-interaction': 'kéo thả trên hình (graphicGapMatchInteraction)',
  'graphic-order-interaction': 'sắp xếp trên hình (graphicOrderInteraction)',
  'graphic-associate-interaction': 'liên kết trên hình (graphicAssociateInteraction)',
  'select-point-interaction': 'chọn điểm trên hình (selectPointInteraction)',
  'position-object-interaction': 'đặt vật trên hình (positionObjectInteraction)',
  'hottext-interaction': 'chọn từ trong đoạn (hottextInteraction)',
  'slider-interaction': 'thanh trượt (sliderInteraction)',
  'upload-interaction': 'nộp tệp (uploadInteraction)',
  'drawing-interaction': 'vẽ hình (drawingInteraction)',
  'media-interaction': 'nghe/xem (mediaInteraction)',
  'custom-interaction': 'tương tác tùy biến (customInteraction)',
  'portable-custom-interaction': 'tương tác tùy biến (portableCustomInteraction)',
  'end-attempt-interaction': 'kết thúc lượt làm (endAttemptInteraction)',
};

export type Classified =
  | { ok: true; kind: InteractionKind; interactions: Element[] }
  | { ok: false; reason: string };

/** Every element below the one given, in document order. */
export function allElements(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (parent: Element): void => {
    for (const child of childElements(parent)) {
      found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

const kebab = (name: string) =>
  name
    .replace(/^qti-/, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();

export const isInteraction = (e: Element): boolean => /interaction$/i.test(e.localName ?? '');

/**
 * What kind of question an item body is, or why we cannot hold it: an interaction we do not
 * support (named), template variables (each student would see other numbers), several kinds of
 * interaction mixed, several essay boxes or several text entries (our short answer has one blank).
 */
export function classifyItem(root: Element, body: Element, v3: boolean): Classified {
  const n = (name: string) => qtiName(v3, name);
  if (
    childElements(root, n('template-declaration')).length ||
    childElements(root, n('template-processing')).length
  )
    return { ok: false, reason: 'biến mẫu (templateDeclaration/templateProcessing)' };
  const interactions = allElements(body).filter(isInteraction);
  const names = interactions.map((e) => kebab(e.localName ?? ''));
  const unknown = names.filter((name) => !(SUPPORTED as readonly string[]).includes(name));
  if (unknown.length) {
    const described = [...new Set(unknown)].map((name) => UNSUPPORTED[name] ?? name);
    return { ok: false, reason: described.join(', ') };
  }
  const kinds = [...new Set(names)] as InteractionKind[];
  if (kinds.length === 0) return { ok: false, reason: 'không có tương tác' };
  if (kinds.length > 1)
    return { ok: false, reason: `nhiều loại tương tác trong một câu (${kinds.join(', ')})` };
  const kind = kinds[0] as InteractionKind;
  if (kind === 'extended-text-interaction' && interactions.length > 1)
    return { ok: false, reason: `${interactions.length} ô tự luận trong một câu` };
  if (kind === 'text-entry-interaction' && interactions.length > 1)
    return { ok: false, reason: `${interactions.length} ô điền trong một câu (nhiều chỗ trống)` };
  return { ok: true, kind, interactions };
}
