/// <reference path="./s3rver.d.ts" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'minio';
import S3rver from 's3rver';

// s3rver's fixed credentials. Exported as @hoclieu/storage/testing for the API tests and the bench.
export const S3RVER_CREDENTIALS = { accessKey: 'S3RVER', secretKey: 'S3RVER' } as const;

export interface S3Peer {
  port: number;
  /** A client of its own, to look behind the adapter's back. */
  client: Client;
  /** Stops answering (the port then refuses connections); the data folder stays until `dispose`. */
  stop(): Promise<void>;
  /** Answers again on the same port with the same data, as a restarted MinIO would. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** An S3-protocol server on a free port of 127.0.0.1, backed by a temp folder: MinIO's stand-in here. */
export async function startS3Peer(): Promise<S3Peer> {
  const directory = await mkdtemp(join(tmpdir(), 'hoclieu-s3rver-'));
  const serverOn = (port: number) => new S3rver({ address: '127.0.0.1', port, directory, silent: true });
  let running: S3rver | null = serverOn(0);
  const { port } = await running.run();
  const client = new Client({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    region: 'us-east-1',
    ...S3RVER_CREDENTIALS,
  });
  const stop = async () => {
    const stopping = running;
    running = null;
    await stopping?.close();
  };
  return {
    port,
    client,
    stop,
    async start() {
      if (running) return;
      const server = serverOn(port);
      await server.run();
      running = server;
    },
    async dispose() {
      await stop();
      await rm(directory, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

export async function listObjectNames(client: Client, bucket: string): Promise<string[]> {
  if (!(await client.bucketExists(bucket))) return [];
  const names: string[] = [];
  for await (const item of client.listObjectsV2(bucket, '', true)) names.push(String(item.name));
  return names;
}
