import type { ReportLevel, ShareFigure } from '@hoclieu/contracts';
import { reportLevelsOf, shareFigure, type TargetRow, targetFor, targetScopeOf } from '@hoclieu/domain';
import type { ClassFacts, ReportWindow } from './data.js';

export interface ClassTotals {
  grade: number;
  programme: number;
  /** Online periods of the subjects in the class's programme (others are not in the denominator either). */
  online: number;
}

export function classTotals(c: ClassFacts): ClassTotals {
  const programme = c.programme.reduce((sum, s) => sum + s.periods, 0);
  const online = c.programme.reduce((sum, s) => sum + (c.online.get(s.subjectCode) ?? 0), 0);
  return { grade: c.grade, programme, online };
}

/** Targets by report level for the window's year. */
export function levelTargets(targets: TargetRow[], window: ReportWindow) {
  return (level: ReportLevel) =>
    targetFor(targets, 'online_program_share', targetScopeOf(level), window.endYear);
}

/** One figure per report level present among the classes: period-weighted, never an average of shares. */
export function levelFigures(
  classes: ClassTotals[],
  targetOf: (level: ReportLevel) => number | null,
  elapsed: number,
) {
  const order: ReportLevel[] = ['primary', 'secondary', 'lower_secondary', 'upper_secondary'];
  return order.flatMap((level) => {
    const inLevel = classes.filter((c) => reportLevelsOf(c.grade).includes(level));
    if (inLevel.length === 0) return [];
    const online = inLevel.reduce((sum, c) => sum + c.online, 0);
    const programme = inLevel.reduce((sum, c) => sum + c.programme, 0);
    return [{ level, figure: shareFigure(online, programme, targetOf(level), elapsed) }];
  });
}

/**
 * A unit's overall figure across levels: its target is each class's level target weighted by
 * programme periods, so a TH&THCS school is held to 4 % on its primary classes and 7 % on the rest.
 */
export function overallFigure(
  classes: ClassTotals[],
  targetOf: (level: ReportLevel) => number | null,
  elapsed: number,
): ShareFigure {
  const online = classes.reduce((sum, c) => sum + c.online, 0);
  const programme = classes.reduce((sum, c) => sum + c.programme, 0);
  let expected = 0;
  let covered = true;
  for (const c of classes) {
    const target = targetOf(reportLevelsOf(c.grade).includes('primary') ? 'primary' : 'secondary');
    if (target === null) covered = false;
    expected += (target ?? 0) * c.programme;
  }
  const target = covered && programme > 0 ? expected / programme : null;
  return shareFigure(online, programme, target, elapsed);
}
