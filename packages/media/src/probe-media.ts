import type { Readable } from 'node:stream';
import { parseFromTokenizer, parseStream } from 'music-metadata';
import { readMp4Movie } from './mp4-movie.js';
import { RangeTokenizer } from './range-tokenizer.js';
import { type MediaInput, toSource } from './source.js';
import { TimeoutError, withTimeout } from './timeout.js';

export type MediaProbe =
  | { ok: true; durationSeconds: number; width?: number; height?: number; container?: string; codec?: string }
  | { ok: false; code: 'PROBE_FAILED' | 'NO_DURATION' | 'TIMEOUT'; message: string };

export interface ProbeOptions {
  timeoutMs: number;
  /** Helps music-metadata pick a parser for a stream (e.g. 'video/mp4'); content decides otherwise. */
  mimeType?: string;
}

const MESSAGES = {
  PROBE_FAILED: 'Không đọc được thông tin tệp âm thanh/video (tệp hỏng hoặc định dạng chưa hỗ trợ).',
  NO_DURATION: 'Không xác định được thời lượng của tệp âm thanh/video.',
  TIMEOUT: 'Đọc thông tin tệp âm thanh/video mất quá nhiều thời gian.',
} as const;

/**
 * Duration (and picture size when the container says it) of an audio or video file.
 * A random-access input is read by ranges: an MP4 whose `moov` box sits after the media data
 * costs a few reads, not the whole file. A stream is read through (never held in memory).
 */
export async function probeMedia(
  input: MediaInput | Readable,
  overrides: Partial<ProbeOptions> = {},
): Promise<MediaProbe> {
  const options: ProbeOptions = { timeoutMs: 30_000, ...overrides };
  const parseOptions = { duration: true, skipCovers: true };
  const isStream = 'pipe' in input;
  const source = isStream ? undefined : toSource(input);
  const tokenizer = source ? new RangeTokenizer(source, options.mimeType) : undefined;
  const parse = tokenizer
    ? parseFromTokenizer(tokenizer, parseOptions)
    : parseStream(input as Readable, options.mimeType, parseOptions);
  try {
    const { format } = await withTimeout(parse, options.timeoutMs, () => {
      void tokenizer?.abort();
      if (isStream) (input as Readable).destroy();
    });
    const movie = source && (await readMp4Movie(source).catch(() => undefined));
    const durationSeconds = format.duration ?? movie?.durationSeconds;
    if (durationSeconds === undefined || !Number.isFinite(durationSeconds)) return failure('NO_DURATION');
    const video = format.trackInfo.find((track) => track.video)?.video;
    const size = video?.pixelWidth
      ? { width: video.pixelWidth, height: video.pixelHeight ?? 0 }
      : movie?.width && movie.height
        ? { width: movie.width, height: movie.height }
        : undefined;
    return {
      ok: true,
      durationSeconds,
      ...(size ? { width: size.width, height: size.height } : {}),
      ...(format.container ? { container: format.container } : {}),
      ...(format.codec ? { codec: format.codec } : {}),
    };
  } catch (error) {
    return failure(error instanceof TimeoutError ? 'TIMEOUT' : 'PROBE_FAILED');
  }
}

function failure(code: keyof typeof MESSAGES): MediaProbe {
  return { ok: false, code, message: MESSAGES[code] };
}
