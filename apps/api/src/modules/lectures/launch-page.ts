import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '../../http/errors.js';

let crossFrameApi: string | undefined;

/** scorm-again's cross-frame client (about 12 KB): it stands in for `API` / `API_1484_11` in the frame. */
function crossFrameApiSource(): string {
  crossFrameApi ??= readFileSync(
    createRequire(import.meta.url).resolve('scorm-again/cross-frame-api/min'),
    'utf8',
  ).replace(/\/\/# sourceMappingURL=.*$/m, '');
  return crossFrameApi;
}

/**
 * Runs in the sandboxed frame before the lecture's own scripts. The player hands the learner's
 * stored state through the frame's name (read synchronously: a lecture asks for cmi.suspend_data
 * right after LMSInitialize, before any message could come back), seeds the cross-frame client's
 * cache with it, and exposes the client where SCORM content looks for the API: on its own window.
 */
const SEED_SCRIPT = `(function () {
  var seed;
  try { seed = JSON.parse(window.name || 'null'); } catch (e) { seed = null; }
  if (!seed || seed.kind !== 'hoclieu-lecture' || typeof CrossFrameAPI !== 'function') return;
  var api = new CrossFrameAPI('*', window.parent, { timeout: 15000 });
  var cmi = seed.cmi || {};
  Object.keys(cmi).forEach(function (key) { api._cache.set(key, String(cmi[key])); });
  window.API = api;
  window.API_1484_11 = api;
})();`;

/** Escapes what would end an inline script early. */
const inline = (source: string) => `<script>${source.replace(/<\/script/gi, '<\\/script')}</script>`;

/** The lecture's launch page with the SCORM runtime client put first in its head. */
function withScormRuntime(html: string): string {
  const scripts = `${inline(crossFrameApiSource())}${inline(SEED_SCRIPT)}`;
  const opening = html.match(/<head(\s[^>]*)?>/i) ?? html.match(/<html(\s[^>]*)?>/i);
  if (opening?.index === undefined) return `${scripts}${html}`;
  const at = opening.index + opening[0].length;
  return `${html.slice(0, at)}${scripts}${html.slice(at)}`;
}

const LAUNCH_PAGE_MAX_BYTES = 5 * 1024 * 1024;

/** Reads the launch page out of the zip and returns it with the runtime client in it. */
export async function scormLaunchPage(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > LAUNCH_PAGE_MAX_BYTES) throw new AppError('FILE_NOT_FOUND');
    chunks.push(chunk as Buffer);
  }
  return Buffer.from(withScormRuntime(Buffer.concat(chunks).toString('utf8')), 'utf8');
}
