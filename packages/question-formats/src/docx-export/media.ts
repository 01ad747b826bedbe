import type { ImportedImage } from '@hoclieu/contracts';
import { IMAGE_TYPES, imageContentType } from '../docx/package-parts.js';
import { xmlText } from '../xml.js';
import { imageSize } from './image-size.js';

/** An image written to `word/media/`, referenced from the document by its relationship. */
export interface MediaPart {
  name: string;
  data: Buffer;
  contentType: string;
  relationshipId: string;
}

/** A web link, written as an external relationship of the document. */
export interface LinkPart {
  relationshipId: string;
  target: string;
}

/** How a picture is shown: its alt text (`wp:docPr descr`) and size in pixels (`wp:extent`). */
interface PictureProps {
  alt?: string;
  width?: number;
  height?: number;
}

export interface MediaRegistry {
  /** An inline picture run for `embedded:ID`; null when the image is not among the given ones. */
  drawing(id: string, props?: PictureProps): string | null;
  /** The images drawn so far, in the order they were first used. */
  parts(): MediaPart[];
  /** The relationship id of a web link; null when links are written as their text (printed papers). */
  link(href: string): string | null;
  links(): LinkPart[];
}

const EMU_PER_PIXEL = 9525;
/** 15 cm: an A4 page with 2 cm margins leaves 17 cm. */
const MAX_WIDTH_EMU = 5_400_000;
const UNKNOWN_SIZE = { width: 320, height: 240 };

export function mediaRegistry(images: ImportedImage[], options: { links?: boolean } = {}): MediaRegistry {
  const byId = new Map(images.map((image) => [image.id, image]));
  const links = new Map<string, LinkPart>();
  const used = new Map<string, MediaPart & { cx: number; cy: number }>();
  const names = new Set<string>();
  let drawings = 0;
  return {
    drawing(id, props = {}) {
      const image = byId.get(id);
      if (!image) return null;
      let part = used.get(id);
      if (!part) {
        const data = Buffer.from(image.dataBase64, 'base64');
        const name = mediaName(image, names);
        const { cx, cy } = extent(data);
        part = {
          name,
          data,
          contentType: image.contentType,
          relationshipId: `rIdImg${used.size + 1}`,
          cx,
          cy,
        };
        used.set(id, part);
      }
      drawings += 1;
      return drawingRun({ ...part, ...sized(part, props) }, drawings, props.alt ?? '');
    },
    link(href) {
      if (!options.links || !/^https?:\/\/[^\s/?#]+/i.test(href.trim())) return null;
      let part = links.get(href);
      if (!part) {
        part = { relationshipId: `rIdLink${links.size + 1}`, target: href.trim() };
        links.set(href, part);
      }
      return part.relationshipId;
    },
    links: () => [...links.values()],
    parts: () =>
      [...used.values()].map(({ name, data, contentType, relationshipId }) => ({
        name,
        data,
        contentType,
        relationshipId,
      })),
  };
}

/**
 * The reader names an image after its media file (`[^\w.-]` -> `_`) and types it by extension,
 * so a safe id with a matching extension is used as is and comes back unchanged.
 */
function mediaName(image: ImportedImage, taken: Set<string>): string {
  let name = image.id.replace(/[^\w.-]/g, '_').replace(/^\.+|\.+$/g, '') || 'image';
  if (imageContentType(name) !== image.contentType) {
    const extension = Object.entries(IMAGE_TYPES).find(([, type]) => type === image.contentType)?.[0];
    name = `${name}.${extension ?? 'bin'}`;
  }
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${n}-${name}`;
  taken.add(unique.toLowerCase());
  return unique;
}

function extent(data: Buffer): { cx: number; cy: number } {
  const size = imageSize(data) ?? UNKNOWN_SIZE;
  const width = Math.max(1, size.width) * EMU_PER_PIXEL;
  const height = Math.max(1, size.height) * EMU_PER_PIXEL;
  const scale = Math.min(1, MAX_WIDTH_EMU / width);
  return { cx: Math.round(width * scale), cy: Math.round(height * scale) };
}

/** The HTML's own width and height (pixels) when it gives both, held to the page width. */
function sized(part: { cx: number; cy: number }, props: PictureProps): { cx: number; cy: number } {
  const { width, height } = props;
  if (!width || !height || width <= 0 || height <= 0 || width > 100_000 || height > 100_000) return part;
  const scale = Math.min(1, MAX_WIDTH_EMU / (width * EMU_PER_PIXEL));
  return { cx: Math.round(width * EMU_PER_PIXEL * scale), cy: Math.round(height * EMU_PER_PIXEL * scale) };
}

function drawingRun(part: MediaPart & { cx: number; cy: number }, id: number, alt: string): string {
  const size = `cx="${part.cx}" cy="${part.cy}"`;
  const descr = alt ? ` descr="${xmlText(alt)}"` : '';
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ${size}/><wp:docPr id="${id}" name="Hình ${id}"${descr}/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="${xmlText(part.name)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${part.relationshipId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}
