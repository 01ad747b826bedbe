import { buildZip } from '@hoclieu/media/testing';
import { simplePdf } from '../src/demo/simple-pdf.js';
import type { Client } from './helpers.js';

/** A one-page PDF whose text layer says `text` (ASCII). */
export const pdfWith = (text: string) => simplePdf([text]);

/** An ELF executable header: refused whatever its name. */
export const elfBinary = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(120),
]);

/** Asks for an upload ticket: where to PUT a file of that name and declared size. */
export const uploadTicket = (client: Client, fileName: string, size: number) =>
  client.request({ method: 'POST', url: '/api/uploads', payload: { fileName, size } });

/** Sends the bytes of an upload to its ticket's address (the local-disk store's PUT). */
export const putUpload = (client: Client, url: string, bytes: Buffer) =>
  client.request({
    method: 'PUT',
    url,
    payload: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });

/** Ticket, PUT the bytes, complete: the browser's upload path on the local-disk store. */
export async function uploadFile(client: Client, fileName: string, bytes: Buffer) {
  const ticket = await uploadTicket(client, fileName, bytes.length);
  if (ticket.statusCode !== 200) throw new Error(`ticket: ${ticket.body}`);
  const { uploadId, url } = ticket.json();
  const put = await putUpload(client, url, bytes);
  if (put.statusCode !== 200) throw new Error(`put: ${put.body}`);
  return client.request({ method: 'POST', url: `/api/uploads/${uploadId}/complete` });
}

/** Creates a material with one file and returns its detail. */
export async function publishMaterial(client: Client, title: string, file = pdfWith('Hinh hoc phang')) {
  const created = await client.request({
    method: 'POST',
    url: '/api/materials',
    payload: { title, type: 'document', licence: 'cc_by', grade: 6 },
  });
  if (created.statusCode !== 200) throw new Error(`create: ${created.body}`);
  const upload = await uploadFile(client, `${title}.pdf`, file);
  if (upload.statusCode !== 200) throw new Error(`upload: ${upload.body}`);
  const version = await client.request({
    method: 'POST',
    url: `/api/materials/${created.json().id}/versions`,
    payload: { uploadIds: [upload.json().id] },
  });
  if (version.statusCode !== 200) throw new Error(`version: ${version.body}`);
  return version.json();
}

/** A zip of these text files: an HTML5 simulation package when it holds an index.html. */
export const zipOf = (entries: Record<string, string>): Promise<Buffer> =>
  buildZip(Object.entries(entries).map(([name, data]) => ({ name, data })));
