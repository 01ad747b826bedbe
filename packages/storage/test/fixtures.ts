import { Readable } from 'node:stream';

export const VIETNAMESE_TEXT = 'Đề kiểm tra giữa kỳ I – Toán lớp 6: phân số, số thập phân. Điểm tối đa: 10 ✓';
export const MiB = 1024 * 1024;
// Each one is refused for a different reason; 'Đề thi.pdf' because keys are ASCII.
export const INVALID_KEYS = [
  '',
  '/tai-lieu/a.pdf',
  'a/../b',
  '..',
  'a//b',
  'a/',
  './a',
  'Đề thi.pdf',
  'a b',
  'a\\b',
];

export const bodyOf = (content: string | Buffer) => Readable.from([Buffer.from(content)]);
