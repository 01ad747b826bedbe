import { expectedScore } from './elo.js';

/** A student's mastery of a topic: the chance of answering a question of average difficulty right. */
export function masteryOf(ability: number): number {
  return expectedScore(ability, 0);
}

export interface TopicColumn {
  id: string;
  position: number;
  /** Mastery of each student who practised the topic. */
  masteries: number[];
}

/** The class's mean mastery of a topic over the students who practised it; null when nobody did. */
export function classMean(masteries: number[]): number | null {
  return masteries.length === 0 ? null : masteries.reduce((a, b) => a + b, 0) / masteries.length;
}

/** Weakest first: lowest class mean, then the topics nobody practised yet in curriculum order. */
export function weakestFirst<T extends TopicColumn>(topics: T[]): T[] {
  const mean = (t: T) => classMean(t.masteries);
  return [...topics].sort((a, b) => {
    const ma = mean(a);
    const mb = mean(b);
    if (ma === null || mb === null) return ma === mb ? a.position - b.position : ma === null ? 1 : -1;
    return ma - mb || a.position - b.position;
  });
}

/** Whether a student reached a goal: at least `target` mastery on every one of its topics. */
export function reachedGoal(
  goal: { topicIds: string[]; target: number },
  abilityOn: (topicId: string) => number | undefined,
): boolean {
  return goal.topicIds.every((topicId) => {
    const ability = abilityOn(topicId);
    return ability !== undefined && masteryOf(ability) >= goal.target;
  });
}
