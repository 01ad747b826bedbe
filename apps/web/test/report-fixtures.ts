import type { DeliveryRecord, OnlineShareReport, SchoolDrill, ShareFigure } from '@hoclieu/contracts';
import { sessionOf } from './fake-api';

export const SCHOOL_TIEN_HOA = sessionOf().user.school?.id ?? '';
const SCHOOL_MINH_HOA = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a01';
const SCHOOL_THPT = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a02';
const SCHOOL_LAM_HOA = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a03';
export const DISTRICT_TUYEN_HOA = sessionOf().user.district?.id ?? '';
export const DISTRICT_QUANG_TRACH = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a04';
export const CLASS_6A = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a05';
export const CLASS_6B = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a06';
export const RECORD_ID = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a07';
const OTHER_RECORD_ID = '5b2e7a10-3c4d-4e5f-8a9b-0c1d2e3f4a08';

/** A figure as the API computes it, with its formula written out. */
export function figureOf(
  online: number,
  programme: number,
  target: number | null,
  status: ShareFigure['status'],
) {
  const share = programme > 0 ? online / programme : null;
  const percent = share === null ? '—' : `${(share * 100).toFixed(2).replace('.', ',')} %`;
  return {
    online,
    programme,
    share,
    programmeToDate: programme * 0.4,
    target,
    status,
    formula: `${online} tiết trực tuyến ÷ ${programme.toLocaleString('vi')} tiết chương trình = ${percent}`,
  } satisfies ShareFigure;
}

type ReportRow = OnlineShareReport['rows'][number];
const levelOrder = ['primary', 'secondary', 'lower_secondary', 'upper_secondary'] as const;

/**
 * A school's row from its figure for each level it teaches: a THCS or THPT figure also stands for the
 * school under "secondary", and the school's own figure is its secondary one (else its primary one).
 */
function schoolRow(
  id: string,
  name: string,
  figures: { primary?: ShareFigure; lower_secondary?: ShareFigure; upper_secondary?: ShareFigure },
  trend: number[],
): ReportRow {
  const secondary = figures.lower_secondary ?? figures.upper_secondary;
  const byLevelFigure = { ...figures, secondary };
  const byLevel = levelOrder.flatMap((level) => {
    const figure = byLevelFigure[level];
    return figure ? [{ level, figure }] : [];
  });
  const figure = secondary ?? figures.primary;
  if (!figure) throw new Error(`${name}: a school row needs a figure`);
  return { kind: 'school', id, name, levels: Object.keys(figures), figure, byLevel, trend };
}

/** Phòng GDĐT Tuyên Hoá: one THCS below target, one TH reached, one THPT on track, one TH&THCS. */
export function districtReport(overrides: Partial<OnlineShareReport> = {}): OnlineShareReport {
  const tienHoa = figureOf(47, 1000, 0.07, 'below');
  const minhHoa = figureOf(52, 1000, 0.04, 'reached');
  const thpt = figureOf(60, 1000, 0.07, 'on_track');
  const lamHoaPrimary = figureOf(30, 1000, 0.04, 'on_track');
  const lamHoaSecondary = figureOf(90, 1000, 0.07, 'reached');
  return {
    unit: { kind: 'district', id: DISTRICT_TUYEN_HOA, name: 'Phòng GDĐT Tuyên Hoá' },
    schoolYear: '2026-2027',
    asOf: '2027-01-15',
    elapsed: 0.4,
    levels: [
      { level: 'primary', figure: figureOf(82, 2000, 0.04, 'reached') },
      { level: 'secondary', figure: figureOf(197, 3000, 0.07, 'below') },
      { level: 'lower_secondary', figure: figureOf(137, 2000, 0.07, 'below') },
      { level: 'upper_secondary', figure: figureOf(60, 1000, 0.07, 'on_track') },
    ],
    rows: [
      schoolRow(
        SCHOOL_TIEN_HOA,
        'Trường THCS Tiến Hoá',
        { lower_secondary: tienHoa },
        [0.01, 0.02, 0.035, 0.047],
      ),
      schoolRow(SCHOOL_MINH_HOA, 'Trường TH Minh Hoá', { primary: minhHoa }, [0.02, 0.04, 0.052]),
      schoolRow(SCHOOL_THPT, 'Trường THPT Tuyên Hoá', { upper_secondary: thpt }, [0.03, 0.06]),
      schoolRow(
        SCHOOL_LAM_HOA,
        'Trường TH&THCS Lâm Hoá',
        { primary: lamHoaPrimary, lower_secondary: lamHoaSecondary },
        [0.05, 0.09],
      ),
    ],
    monthly: [
      { month: '2026-09', online: 40 },
      { month: '2026-10', online: 80 },
      { month: '2026-11', online: 0 },
      { month: '2026-12', online: 120 },
      { month: '2027-01', online: 39 },
    ],
    ...overrides,
  };
}

/** Sở GDĐT Quảng Bình: rows are its districts. */
export function provinceReport(): OnlineShareReport {
  const base = districtReport();
  return {
    ...base,
    unit: { kind: 'province', id: sessionOf().user.province?.id ?? '', name: 'Sở GDĐT Quảng Bình' },
    rows: [
      [DISTRICT_TUYEN_HOA, 'Phòng GDĐT Tuyên Hoá'],
      [DISTRICT_QUANG_TRACH, 'Phòng GDĐT Quảng Trạch'],
    ].flatMap(([id = '', name = ''], index) => {
      const row = base.rows[index];
      return row ? [{ ...row, kind: 'district' as const, id, name, levels: [] }] : [];
    }),
  };
}

export function schoolDrill(): SchoolDrill {
  return {
    school: { id: SCHOOL_TIEN_HOA, name: 'Trường THCS Tiến Hoá' },
    schoolYear: '2026-2027',
    asOf: '2027-01-15',
    elapsed: 0.4,
    grades: [
      {
        grade: 6,
        figure: figureOf(20, 500, 0.07, 'below'),
        subjects: [
          { code: 'toan', name: 'Toán', figure: figureOf(12, 140, 0.07, 'reached') },
          { code: 'ngu-van', name: 'Ngữ văn', figure: figureOf(8, 140, 0.07, 'below') },
        ],
        classes: [
          { id: CLASS_6A, name: '6A', figure: figureOf(14, 250, 0.07, 'below') },
          { id: CLASS_6B, name: '6B', figure: figureOf(6, 250, 0.07, 'below') },
        ],
      },
    ],
  };
}

export function recordOf(overrides: Partial<DeliveryRecord> = {}): DeliveryRecord {
  return {
    id: RECORD_ID,
    classId: CLASS_6A,
    className: '6A',
    subject: { code: 'toan', name: 'Toán' },
    date: '2027-01-12',
    periods: 2,
    source: 'live',
    status: 'pending',
    link: 'https://meet.google.com/abc-defg-hij',
    note: 'Ôn tập chương 2',
    teacher: 'Trần Minh Châu',
    createdAt: '2027-01-12T09:00:00.000Z',
    confirmedBy: null,
    ...overrides,
  };
}

export function classDrill() {
  return {
    class: { id: CLASS_6A, name: '6A', grade: 6, school: 'Trường THCS Tiến Hoá' },
    figure: figureOf(14, 250, 0.07, 'below'),
    subjects: [
      { code: 'toan', name: 'Toán', programme: 140, online: 10 },
      { code: 'ngu-van', name: 'Ngữ văn', programme: 140, online: 4 },
    ],
    records: [
      recordOf({ status: 'confirmed', confirmedBy: 'Nguyễn Văn Hiệu' }),
      recordOf({
        id: OTHER_RECORD_ID,
        source: 'material',
        status: 'confirmed',
        subject: { code: 'ngu-van', name: 'Ngữ văn' },
        date: '2026-11-20',
        periods: 1,
        link: null,
        note: null,
        confirmedBy: null,
      }),
    ],
  };
}
