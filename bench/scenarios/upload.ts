import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { startS3Peer } from '@hoclieu/storage/testing';
import { Pool } from 'undici';
import type { RunningApi } from '../lib/api.js';
import { atLeast, atMost, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import { measure } from '../lib/stats.js';

const MB = 1024 * 1024;
const FILE_MB = 20;
const UPLOADS = { small: 10, full: 100 };
const MINIO_UPLOADS = 10;
const chunk = Buffer.alloc(MB, 0x5a);
let teacher: BenchSession;

/** A 20 MB body made of one reused megabyte: the load generator holds no file in memory. */
const body = () =>
  Readable.from(
    (function* () {
      for (let i = 0; i < FILE_MB; i++) yield chunk;
    })(),
  );

/** Bytes the process has read (files and sockets), from /proc: what passed through the API. */
const bytesRead = (pid: number) =>
  Number(/rchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);

interface Ticket {
  uploadId: string;
  url: string;
  headers: Record<string, string>;
}

async function ticket(api: RunningApi, n: number): Promise<Ticket> {
  const response = await fetch(`${api.url}/api/uploads`, {
    method: 'POST',
    headers: {
      cookie: teacher.cookie,
      'x-csrf-token': teacher.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ fileName: `bai-giang-${n}.mp4`, size: FILE_MB * MB, contentType: 'video/mp4' }),
  });
  if (!response.ok) throw new Error(`upload ticket: ${response.status} ${await response.text()}`);
  return (await response.json()) as Ticket;
}

/** Sends every ticket's bytes at once; resolves with per-upload latencies and errors. */
async function sendAll(api: RunningApi, tickets: Ticket[]) {
  const latencies: number[] = [];
  let errors = 0;
  const pools = new Map<string, Pool>();
  const started = performance.now();
  await Promise.all(
    tickets.map(async (t) => {
      const url = new URL(t.url, api.url);
      const pool = pools.get(url.origin) ?? new Pool(url.origin, { connections: tickets.length });
      pools.set(url.origin, pool);
      const sameOrigin = url.origin === api.url;
      const begun = performance.now();
      try {
        const response = await pool.request({
          method: 'PUT',
          path: `${url.pathname}${url.search}`,
          headers: {
            ...t.headers,
            'content-length': String(FILE_MB * MB),
            ...(sameOrigin ? { cookie: teacher.cookie, 'x-csrf-token': teacher.csrfToken } : {}),
          },
          body: body(),
        });
        await response.body.dump();
        if (response.statusCode < 300) latencies.push(performance.now() - begun);
        else errors += 1;
      } catch {
        errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([...pools.values()].map((p) => p.close()));
  return { latencies, errors, seconds };
}

/**
 * Local-disk store: 100 teachers' 20 MB files at once through the API, sampling the API's resident
 * memory all along. Then the same API configured for MinIO (s3rver stands in here): tickets point
 * at the object store and the bytes never pass through the API (its read bytes are counted).
 */
export const upload: Scenario = {
  name: 'upload',
  description: `${FILE_MB} MB uploads at once to the local-disk store (API memory sampled); MinIO presigned uploads bypass the API`,
  goals: [
    ...atMost({ rssGrowthMB: 50, 'put.errors': 0, minioBytesThroughApiMB: 1 }),
    ...atLeast({ aggregateMBps: 100, minioTicketsToObjectStore: 1 }),
  ],
  async setup(ctx) {
    [teacher] = (await ctx.sessions([ctx.facts.teacherId])) as [BenchSession];
  },
  async warmup(ctx) {
    await sendAll(ctx.api, await Promise.all([0, 1].map((n) => ticket(ctx.api, n))));
  },
  async run(ctx) {
    const count = UPLOADS[ctx.scale];
    const tickets = await Promise.all(Array.from({ length: count }, (_, n) => ticket(ctx.api, n)));
    const baseline = ctx.api.rssBytes();
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, ctx.api.rssBytes());
    }, 20);
    const sent = await sendAll(ctx.api, tickets);
    clearInterval(sampler);
    const minio = await minioUploads(ctx);
    return {
      groups: { put: measure(sent.latencies, sent.errors, sent.seconds) },
      figures: {
        uploads: count,
        rssBaselineMB: Math.round(baseline / MB),
        rssGrowthMB: Math.round(((peak - baseline) / MB) * 10) / 10,
        aggregateMBps: Math.round((sent.latencies.length * FILE_MB) / sent.seconds),
        ...minio,
      },
    };
  },
};

/** An API on an S3-protocol server: tickets carry presigned URLs and the bytes go straight there. */
async function minioUploads(ctx: BenchContext) {
  const peer = await startS3Peer();
  const port = peer.port;
  try {
    const api = await ctx.startApi({
      STORAGE: 'minio',
      MINIO_ENDPOINT: '127.0.0.1',
      MINIO_PORT: String(port),
      MINIO_ACCESS_KEY: 'S3RVER',
      MINIO_SECRET_KEY: 'S3RVER',
      MINIO_REGION: 'us-east-1',
    });
    const tickets = await Promise.all(Array.from({ length: MINIO_UPLOADS }, (_, n) => ticket(api, n)));
    const before = bytesRead(api.pid);
    const sent = await sendAll(api, tickets);
    const through = bytesRead(api.pid) - before;
    await api.stop();
    return {
      minioUploads: sent.latencies.length,
      minioErrors: sent.errors,
      minioTicketsToObjectStore: tickets.every((t) => new URL(t.url, api.url).port === String(port)) ? 1 : 0,
      minioBytesSentMB: (sent.latencies.length * FILE_MB) as number,
      minioBytesThroughApiMB: Math.round((through / MB) * 100) / 100,
    };
  } finally {
    await peer.dispose();
  }
}
