import { describe, expect, it } from 'vitest';
import { exportAnswerKey } from '../src/index.js';
import { KEY } from './paper-fixtures.js';
import { documentXml, paragraphs, tables } from './paper-package.js';

const blank = (n: number): string[] => Array(n).fill('');

describe('exportAnswerKey', () => {
  it('holds per version the Phần I, II and III tables with the right cells', async () => {
    const document = await documentXml(await exportAnswerKey(KEY));
    const [header, choices, trueFalse, short, choices102, ...more] = tables(document);
    expect(header?.[0]?.[1]).toContain('KIỂM TRA GIỮA KÌ I');
    expect(choices).toEqual([
      ['Câu', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      ['Chọn', 'A', 'B', 'C', 'D', 'A', 'B', 'C', 'D', 'A', 'B'],
      ['Câu', '11', '12', ...blank(8)],
      ['Chọn', 'C', 'D', ...blank(8)],
    ]);
    expect(trueFalse).toEqual([
      ['Câu', 'Lệnh hỏi', 'Đáp án (Đ/S)'],
      ['13', 'a)', 'Đ'],
      ['', 'b)', 'S'],
      ['', 'c)', 'Đ'],
      ['', 'd)', 'S'],
    ]);
    expect(short).toEqual([
      ['Câu', 'Đáp án'],
      ['14', '4,5'],
    ]);
    expect(choices102).toEqual([
      ['Câu', '1'],
      ['Chọn', 'D'],
    ]);
    expect(more).toEqual([]);
    // The question number of Phần II spans its four statements.
    expect(document.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(1);
    expect(document.match(/<w:vMerge\/>/g)).toHaveLength(3);
  });

  it('has the title, the point scheme, each version code, the essay part and its rubric', async () => {
    const text = paragraphs(await documentXml(await exportAnswerKey(KEY)));
    expect(text.filter(Boolean)).toEqual([
      'ĐÁP ÁN VÀ HƯỚNG DẪN CHẤM',
      KEY.pointsNote,
      ' Mã đề 101 ',
      'PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn',
      'PHẦN II. Câu trắc nghiệm đúng sai',
      'PHẦN III. Câu trắc nghiệm trả lời ngắn',
      'PHẦN IV. Tự luận',
      'Câu 15.',
      'Chuyển vế: x = 2 (0,5 điểm).',
      'Kết luận (0,5 điểm).',
      ' Mã đề 102 ',
      'PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn',
    ]);
  });
});
