import type { PracticeGoal } from '@hoclieu/contracts';
import { isoDate } from '@hoclieu/domain';

interface GoalRow {
  id: string;
  classId: string;
  topicIds: string[];
  target: number;
  dueOn: Date;
  createdAt: Date;
}

/** A goal as the contract shows it, its topics named (in the goal's order). */
export function goalView(goal: GoalRow, titles: Map<string, string>): PracticeGoal {
  return {
    id: goal.id,
    classId: goal.classId,
    topics: goal.topicIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
    target: goal.target,
    dueOn: isoDate(goal.dueOn),
    createdAt: goal.createdAt.toISOString(),
  };
}
