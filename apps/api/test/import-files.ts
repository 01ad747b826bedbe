import { randomUUID } from 'node:crypto';
import type { ImportKind } from '@hoclieu/contracts';
import ExcelJS from 'exceljs';
import type { Client } from './helpers.js';

/** A CSV as Excel saves it: the given separator, CRLF, optionally a UTF-8 BOM; cells quoted when needed. */
export function csv(
  lines: (string | number)[][],
  options: { separator?: string; bom?: boolean } = {},
): Buffer {
  const separator = options.separator ?? ',';
  const cell = (value: string | number) => {
    const text = String(value);
    return text.includes(separator) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const text = lines.map((cells) => cells.map(cell).join(separator)).join('\r\n');
  return Buffer.from(`${options.bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

/** An .xlsx with one sheet holding the given rows (numbers stay numbers, as when typed in Excel). */
export async function xlsx(lines: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dữ liệu');
  for (const cells of lines) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** POSTs a file to the import route as a browser form would. */
export function upload(client: Client, kind: ImportKind, content: Buffer, fileName = 'du-lieu.csv') {
  return postFile(client, `/api/imports/${kind}`, content, fileName);
}

/** POSTs one file as multipart/form-data, as a browser form does. */
export function postFile(client: Client, url: string, content: Buffer, fileName: string) {
  const boundary = `----hoclieu${randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return client.request({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

export const studentHeader = ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'];
export const classHeader = ['Mã trường', 'Năm học', 'Tên lớp', 'Khối', 'Tổ hợp môn'];
export const teacherHeader = ['Mã trường', 'Tên đăng nhập', 'Họ và tên', 'Email', 'Phân công'];
export const schoolHeader = ['Mã trường', 'Tên trường', 'Loại hình', 'Mã phòng GDĐT', 'Địa chỉ'];
