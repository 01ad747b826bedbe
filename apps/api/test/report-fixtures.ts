import type { OnlineShareReport, ReportLevel, ShareFigure } from '@hoclieu/contracts';

/** A figure of `online` periods out of a programme due in full by the report date. */
export const figureOf = (
  online: number,
  programme: number,
  target: number | null,
  status: ShareFigure['status'],
  formula: string,
): ShareFigure => ({
  online,
  programme,
  share: online / programme,
  programmeToDate: programme,
  target,
  status,
  formula,
});

/**
 * A whole-year dashboard of one district holding one school, the same figure everywhere: what the
 * workbook tests fill with names and numbers a spreadsheet program would misread.
 */
export function oneSchoolReport(report: {
  unitName: string;
  schoolName: string;
  figure: ShareFigure;
  level?: ReportLevel;
  monthly?: OnlineShareReport['monthly'];
}): OnlineShareReport {
  const levels = report.level ? [report.level] : [];
  return {
    unit: { kind: 'district', id: '00000000-0000-4000-8000-000000000001', name: report.unitName },
    schoolYear: '2026-2027',
    asOf: '2027-05-31',
    elapsed: 1,
    levels: levels.map((level) => ({ level, figure: report.figure })),
    rows: [
      {
        kind: 'school',
        id: '00000000-0000-4000-8000-000000000002',
        name: report.schoolName,
        levels,
        figure: report.figure,
        byLevel: [],
        trend: [],
      },
    ],
    monthly: report.monthly ?? [],
  };
}
