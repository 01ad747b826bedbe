import type { LightMyRequestResponse } from 'fastify';
import { csv } from '../../../test/import-files.js';
import { classify, probe } from '../matrix.js';
import { multipart } from './common.js';

/** An import answers 200 with a report: a row outside the caller's unit is refused in the report. */
function importOutcome(response: LightMyRequestResponse) {
  if (response.statusCode !== 200) return classify(response);
  const report = response.json() as { created: number; errors: { code: string }[] };
  if (report.errors.some((e) => e.code === 'IMPORT_ROW_FORBIDDEN')) return 'deny' as const;
  return report.created === 1 && report.errors.length === 0 ? ('allow' as const) : ('invalid' as const);
}

export const importProbes = [
  probe(
    'GET /api/imports/:kind/template',
    async () => ({ method: 'GET', url: '/api/imports/students/template' }),
    'no target: a blank template (importing schools is narrower: officers only, see imports tests)',
  ),
  probe('POST /api/imports/:kind', async ({ world, unit }) => {
    const file = csv([
      ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'],
      [unit.schoolCode, '2026-2027', unit.className, `hs-nhap-${world.next()}`, 'Nguyễn Văn Nhập'],
    ]);
    return {
      method: 'POST',
      url: '/api/imports/students',
      ...multipart(file, 'hoc-sinh.csv'),
      classify: importOutcome,
    };
  }),
];
