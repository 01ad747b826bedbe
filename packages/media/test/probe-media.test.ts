import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openFileSource, probeMedia } from '../src/index.js';

// Made once with ffmpeg (see test/fixtures/README.md); durations as ffprobe reports them.
const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('probeMedia', () => {
  it('reads duration and picture size of an MP4 whose moov box comes after the media data', async () => {
    const probe = await probeMedia(await readFile(fixturePath('tiny.mp4')));
    expect(probe).toMatchObject({ ok: true, width: 64, height: 48 });
    expect(probe.ok && probe.durationSeconds).toBeCloseTo(2.0, 1);
  });

  it('reads a WebM video', async () => {
    const probe = await probeMedia(await readFile(fixturePath('tiny.webm')));
    expect(probe).toMatchObject({ ok: true, width: 64, height: 48 });
    expect(probe.ok && Math.abs(probe.durationSeconds - 1.2)).toBeLessThan(0.1);
  });

  it('reads an MP3 from a file by ranges and from a stream', async () => {
    const source = await openFileSource(fixturePath('tiny.mp3'));
    try {
      const probe = await probeMedia(source);
      expect(probe.ok && Math.abs(probe.durationSeconds - 1.567)).toBeLessThan(0.1);
      expect(probe).not.toHaveProperty('width');
    } finally {
      await source.close();
    }
    const streamed = await probeMedia(createReadStream(fixturePath('tiny.mp3')), { mimeType: 'audio/mpeg' });
    expect(streamed.ok && Math.abs(streamed.durationSeconds - 1.567)).toBeLessThan(0.1);
  });

  it('reports a file it cannot read instead of throwing', async () => {
    const probe = await probeMedia(Buffer.from('definitely not a video'));
    expect(probe.ok).toBe(false);
    expect(probe.ok || probe.message).toMatch(/âm thanh\/video/);
  });
});
