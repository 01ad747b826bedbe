import type { ReportLevel, ShareFigure, ShareStatus } from '@hoclieu/contracts';
import { levelOfGrade } from '../school-kind.js';

/** A school year counts 35 teaching weeks (18 + 17). */
export const TEACHING_WEEKS = 35;

/** The report levels a class counts into: its own, and "secondary" for lower and upper secondary. */
export function reportLevelsOf(grade: number): ReportLevel[] {
  const level = levelOfGrade(grade);
  if (level === 'primary') return ['primary'];
  return [level === 'lower_secondary' ? 'lower_secondary' : 'upper_secondary', 'secondary'];
}

/** KPI target scope names in kpi-targets.csv for a report level. */
export const targetScopeOf = (level: ReportLevel) => (level === 'primary' ? 'primary' : 'secondary');

/**
 * Share of the 35 teaching weeks elapsed at `asOf`, 0..1. Calendar weeks from the start of the
 * year, capped at 35: holidays make it a little generous early in the year, which only ever
 * softens an "on track" verdict, never a "reached" one.
 */
export function elapsedFraction(asOf: Date, yearStart: Date): number {
  const weeks = (asOf.getTime() - yearStart.getTime()) / (7 * 24 * 3_600_000);
  return Math.min(1, Math.max(0, weeks / TEACHING_WEEKS));
}

/** Reached: the share meets the target; on track: it meets the target pro-rated to date. */
export function shareStatus(
  online: number,
  programme: number,
  target: number | null,
  elapsed: number,
): ShareStatus {
  if (target === null) return 'no_target';
  if (programme <= 0) return 'below';
  if (online / programme >= target) return 'reached';
  return online / (programme * elapsed) >= target && elapsed > 0 ? 'on_track' : 'below';
}

// One formatter each: toLocaleString builds a new one per call, which a province report repeats
// for every figure of 800 schools.
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percent = (value: number) => `${percentFormat.format(Math.round(value * 10_000) / 100)} %`;
const count = (value: number) => countFormat.format(value);

/** A figure with the formula that produced it, in Vietnamese. */
export function shareFigure(
  online: number,
  programme: number,
  target: number | null,
  elapsed: number,
): ShareFigure {
  const share = programme > 0 ? online / programme : null;
  const targetText = target === null ? 'chưa có chỉ tiêu' : `chỉ tiêu ${percent(target)}`;
  return {
    online,
    programme,
    share,
    programmeToDate: Math.round(programme * elapsed * 10) / 10,
    target,
    status: shareStatus(online, programme, target, elapsed),
    formula:
      share === null
        ? 'Chưa có tiết chương trình để tính.'
        : `${count(online)} tiết trực tuyến ÷ ${count(programme)} tiết chương trình = ${percent(share)} (${targetText}; theo tiến độ đến nay cần ${count(Math.ceil((target ?? 0) * programme * elapsed))} tiết)`,
  };
}

export interface TargetRow {
  kpi: string;
  scope: string;
  year: number;
  targetPercent: number;
}

/**
 * The target for a school year: the latest target year not after the year the school year ends in
 * (2025-2026 → the 2025 target until a 2026 one is entered).
 */
export function targetFor(
  targets: TargetRow[],
  kpi: string,
  scope: string,
  schoolYearEnd: number,
): number | null {
  const applicable = targets
    .filter((t) => t.kpi === kpi && t.scope === scope && t.year <= schoolYearEnd)
    .sort((a, b) => b.year - a.year || a.targetPercent - b.targetPercent);
  const best = applicable[0];
  return best ? best.targetPercent / 100 : null;
}
