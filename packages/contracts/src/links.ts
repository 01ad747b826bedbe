import { z } from 'zod';

/** The schemes a link may have: a web page. javascript:, data:, file: and the rest are refused. */
export const LINK_PROTOCOLS = ['http:', 'https:'] as const;

/** True for an absolute http(s) URL with a host. */
export function isWebLink(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol) && url.hostname !== '';
}

/**
 * A link a person gives as evidence (a meeting, a recording): http(s) only, so it can never run
 * script or open a local file where it is shown. A refusal carries the stable code LINK_NOT_WEB.
 */
export const webLinkSchema = z
  .string()
  .trim()
  .max(500)
  .refine(isWebLink, {
    message: 'Chỉ nhận liên kết bắt đầu bằng http:// hoặc https://.',
    params: { errorCode: 'LINK_NOT_WEB' },
  });
