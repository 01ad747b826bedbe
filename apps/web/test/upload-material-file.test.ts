import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../src/api/api-client';
import { uploadMaterialFile } from '../src/pages/materials/upload-material-file';
import { apiError, fakeFetch, json } from './fake-api';
import { FakeXhr, useFakeXhr } from './fake-xhr';

const UPLOAD_ID = '3f0c1a52-6a2a-4d38-9a55-4c5b0a0f3b99';
const MATERIAL_ID = '4f0c1a52-6a2a-4d38-9a55-4c5b0a0f3b98';
const ticket = { uploadId: UPLOAD_ID, url: `/api/uploads/${UPLOAD_ID}/content`, headers: {}, maxBytes: 100 };
const record = (overrides: object) => ({
  id: UPLOAD_ID,
  name: 'bai-giang.pdf',
  size: 12,
  status: 'stored',
  contentType: 'application/pdf',
  category: 'pdf',
  sha256: 'ab',
  rejectionReason: null,
  duplicates: [],
  ...overrides,
});

useFakeXhr();

async function run(completions: Response[]) {
  const server = fakeFetch({
    'POST /api/uploads': () => json(200, ticket),
    [`POST /api/uploads/${UPLOAD_ID}/complete`]: () => completions.shift() ?? apiError(500, 'INTERNAL_ERROR'),
  });
  const api = createApiClient({ fetch: server.fetch, origin: 'http://localhost' });
  const phases: string[] = [];
  const outcome = uploadMaterialFile(
    api,
    new File(['%PDF-1.4 x'], 'bài giảng.pdf', { type: 'application/pdf' }),
    {
      signal: new AbortController().signal,
      onProgress: (fraction) => phases.push(`progress ${fraction}`),
      onChecking: () => phases.push('checking'),
    },
  );
  await vi.waitFor(() => expect(FakeXhr.last).not.toBeNull());
  FakeXhr.last?.progress(5, 10);
  FakeXhr.last?.respond(200, '{"size":10,"sha256":"ab"}');
  return { outcome: await outcome, server, phases };
}

describe('uploading one material file', () => {
  it('asks for a ticket with the name and size, sends the bytes, then completes', async () => {
    const { outcome, server, phases } = await run([
      json(200, record({ duplicates: [{ materialId: MATERIAL_ID, title: 'Phân số lớp 6' }] })),
    ]);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      fileName: 'bài giảng.pdf',
      size: 10,
      contentType: 'application/pdf',
    });
    expect(phases).toEqual(['progress 0.5', 'progress 1', 'checking']);
    expect(outcome).toMatchObject({
      status: 'stored',
      upload: { id: UPLOAD_ID, duplicates: [{ title: 'Phân số lớp 6' }] },
    });
  });

  it("reports a refusal by its code with the server's own reason", async () => {
    const reason = 'Không cho phép tải lên tệp thực thi (chương trình, bộ cài, tập lệnh).';
    const { outcome, server } = await run([
      apiError(422, 'FILE_TYPE_REFUSED'),
      json(200, record({ status: 'rejected', rejectionReason: reason })),
    ]);
    expect(outcome).toMatchObject({
      status: 'refused',
      error: { code: 'FILE_TYPE_REFUSED', status: 422 },
      reason,
    });
    expect(server.requests.filter((r) => r.url.endsWith('/complete'))).toHaveLength(2);
  });

  it('throws what is not a refusal (the storage is down)', async () => {
    await expect(run([apiError(503, 'STORAGE_UNAVAILABLE')])).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
    });
  });
});
