import { xlsx } from '../../../test/import-files.js';
import { probe } from '../matrix.js';
import { multipart } from './common.js';
import { untargetedGet } from './untargeted.js';

/** Topic trees: coverage is reference data; template and import are sector-wide (province, system admin). */
export const topicProbes = [
  untargetedGet(
    '/api/curriculum/topic-coverage',
    'no target: reference data readable by every signed-in user',
  ),
  untargetedGet('/api/curriculum/topic-import/template', 'sector-wide: the curriculum belongs to no unit'),
  probe(
    'POST /api/curriculum/topic-import',
    async ({ world }) => {
      // A series of its own per call, so the import retires none of the world's topics.
      const file = await xlsx([
        ['Môn', 'Khối', 'Bộ sách', 'Mã chương', 'Tên chương'],
        ['Toán', 6, `Bộ thử ${world.next()}`, 'THU-C1', 'Chương thử'],
      ]);
      return { method: 'POST', url: '/api/curriculum/topic-import', ...multipart(file, 'chuong-bai.xlsx') };
    },
    'sector-wide: the curriculum belongs to no unit',
  ),
];
