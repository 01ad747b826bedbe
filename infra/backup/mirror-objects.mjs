// Copies the MinIO (S3) bucket of Hoclieu to a folder and back, for backup.sh and restore.sh.
//
//   node mirror-objects.mjs download <dir>   every object to <dir>/<key>, content types in <dir>.types.json
//   node mirror-objects.mjs upload <dir>     every file of <dir> back to the bucket, with its content type
//
// Reads MINIO_ENDPOINT, MINIO_PORT, MINIO_USE_SSL, MINIO_ACCESS_KEY, MINIO_SECRET_KEY, MINIO_BUCKET
// (hoclieu) and MINIO_REGION, as the API does. Uses the `minio` client the storage package already
// depends on, so nothing is downloaded.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const storagePackage = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../packages/storage/package.json',
);
const { Client } = createRequire(storagePackage)('minio');

const env = process.env;
for (const name of ['MINIO_ENDPOINT', 'MINIO_PORT', 'MINIO_ACCESS_KEY', 'MINIO_SECRET_KEY']) {
  if (!env[name]) throw new Error(`${name} is required when STORAGE=minio`);
}
const bucket = env.MINIO_BUCKET || 'hoclieu';
const client = new Client({
  endPoint: env.MINIO_ENDPOINT,
  port: Number(env.MINIO_PORT),
  useSSL: env.MINIO_USE_SSL === 'true' || env.MINIO_USE_SSL === '1',
  accessKey: env.MINIO_ACCESS_KEY,
  secretKey: env.MINIO_SECRET_KEY,
  ...(env.MINIO_REGION ? { region: env.MINIO_REGION } : {}),
});

/** A key as a path below `dir`; a key that would climb out of it is refused. */
function pathOf(dir, key) {
  const path = resolve(dir, key);
  if (!path.startsWith(resolve(dir) + sep)) throw new Error(`unsafe object key: ${key}`);
  return path;
}

async function listKeys() {
  const keys = [];
  for await (const item of client.listObjectsV2(bucket, '', true)) if (item.name) keys.push(item.name);
  return keys.sort();
}

async function download(dir) {
  await mkdir(dir, { recursive: true });
  const types = {};
  for (const key of await listKeys()) {
    const path = pathOf(dir, key);
    await mkdir(dirname(path), { recursive: true });
    const info = await client.statObject(bucket, key);
    types[key] = info.metaData['content-type'] ?? 'application/octet-stream';
    await pipeline(await client.getObject(bucket, key), createWriteStream(path));
  }
  // Beside the folder, not in it: the folder holds exactly the bucket's objects.
  await writeFile(`${resolve(dir)}.types.json`, `${JSON.stringify(types, null, 1)}\n`);
  console.error(`mirrored ${Object.keys(types).length} objects of ${bucket}`);
}

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

async function upload(dir) {
  const typesFile = `${resolve(dir)}.types.json`;
  const types = JSON.parse(await readFile(typesFile, 'utf8').catch(() => '{}'));
  if (!(await client.bucketExists(bucket))) await client.makeBucket(bucket, env.MINIO_REGION || 'us-east-1');
  let count = 0;
  for await (const path of walk(dir)) {
    const key = relative(dir, path).split(sep).join('/');
    const { size } = await stat(path);
    await client.putObject(bucket, key, createReadStream(path), size, {
      'Content-Type': types[key] ?? 'application/octet-stream',
    });
    count += 1;
  }
  console.error(`restored ${count} objects to ${bucket}`);
}

const [command, dir] = process.argv.slice(2);
if (command === 'download' && dir) await download(dir);
else if (command === 'upload' && dir) await upload(dir);
else {
  console.error('usage: node mirror-objects.mjs download|upload <dir>');
  process.exit(2);
}
