import type { PracticeNext, PracticeNextQuery, PracticeProgress } from '@hoclieu/contracts';
import {
  type Actor,
  difficultyFor,
  masteryOf,
  PRACTICE_TARGET,
  practiceDifficulty,
  RECENT_ANSWERS,
} from '@hoclieu/domain';
import { contentOf } from '../../db-json.js';
import { type Candidate, practisableQuestions } from './candidates.js';
import { practiceQuestionOf } from './question-view.js';
import { studentScope, topicsByIds } from './student-scope.js';
import type { PracticeDeps } from './ticket.js';

type Mastery = { topicId: string; ability: number; answers: number; correct: number };

/** The topic to practise when the student leaves the choice to us: the weakest, then the least practised. */
function weakestTopic(topicIds: string[], masteries: Map<string, Mastery>): string | undefined {
  const rank = (id: string) => masteries.get(id) ?? { ability: 0, answers: 0 };
  return [...topicIds].sort(
    (a, b) => rank(a).ability - rank(b).ability || rank(a).answers - rank(b).answers || a.localeCompare(b),
  )[0];
}

/** The question closest to the difficulty a student of `ability` answers right 7 times in 10. */
function closestTo(candidates: Candidate[], ability: number): Candidate | undefined {
  const target = difficultyFor(ability, PRACTICE_TARGET);
  const gap = (c: Candidate) => Math.abs(practiceDifficulty(c) - target);
  return [...candidates].sort((a, b) => gap(a) - gap(b) || a.id.localeCompare(b.id))[0];
}

/**
 * Luyện tập: what to practise next (a due review first, else a question near the student's level on
 * the chosen or weakest topic) and the student's progress per topic.
 */
export function createPracticeService({ db, clock, tickets }: PracticeDeps) {
  async function masteriesOf(studentId: string) {
    const rows = await db.topicMastery.findMany({ where: { studentId } });
    return new Map<string, Mastery>(rows.map((m) => [m.topicId, m]));
  }

  async function pick(studentId: string, candidates: Candidate[], now: Date, chosenTopic?: string) {
    const due = await db.practiceReview.findFirst({
      where: { studentId, dueAt: { lte: now }, questionId: { in: candidates.map((c) => c.id) } },
      orderBy: { dueAt: 'asc' },
    });
    const masteries = await masteriesOf(studentId);
    const review = due && candidates.find((c) => c.id === due.questionId);
    if (review) return { candidate: review, review: true, masteries };
    const topicId = chosenTopic ?? weakestTopic([...new Set(candidates.map((c) => c.topicId))], masteries);
    const inTopic = candidates.filter((c) => c.topicId === topicId);
    const recent = await db.practiceAnswer.findMany({
      where: { studentId },
      orderBy: { answeredAt: 'desc' },
      take: RECENT_ANSWERS,
      select: { questionId: true },
    });
    const recentIds = recent.map((r) => r.questionId);
    const fresh = inTopic.filter((c) => !recentIds.includes(c.id));
    // All answered lately: anything but the very last one, if the topic has another.
    const pool = fresh.length > 0 ? fresh : inTopic.filter((c) => c.id !== recentIds[0]);
    const ability = masteries.get(topicId ?? '')?.ability ?? 0;
    const candidate = closestTo(pool.length > 0 ? pool : inTopic, ability);
    return candidate ? { candidate, review: false, masteries } : null;
  }

  return {
    async next(actor: Actor, query: PracticeNextQuery): Promise<PracticeNext> {
      const now = clock();
      const scope = await studentScope(db, actor, now, query);
      const candidates = await practisableQuestions(db, scope);
      const picked = await pick(actor.userId, candidates, now, query.topicId);
      if (!picked) return { item: null };
      const { candidate, review, masteries } = picked;
      const [version, topics] = await Promise.all([
        db.questionVersion.findUniqueOrThrow({
          where: { questionId_number: { questionId: candidate.id, number: candidate.version } },
        }),
        topicsByIds(db, [candidate.topicId]),
      ]);
      const topic = topics.get(candidate.topicId);
      if (!topic) return { item: null };
      const ticket = tickets.issue({
        studentId: actor.userId,
        questionId: candidate.id,
        version: candidate.version,
        servedAt: now.getTime(),
      });
      return {
        item: {
          ticket,
          question: practiceQuestionOf(candidate.id, contentOf(version)),
          topic,
          review,
          mastery: masteryOf(masteries.get(candidate.topicId)?.ability ?? 0),
        },
      };
    },

    async progress(actor: Actor): Promise<PracticeProgress> {
      const now = clock();
      const scope = await studentScope(db, actor, now);
      const [candidates, masteries, dueReviews] = await Promise.all([
        practisableQuestions(db, scope),
        masteriesOf(actor.userId),
        db.practiceReview.findMany({
          where: { studentId: actor.userId, dueAt: { lte: now } },
          select: { questionId: true },
        }),
      ]);
      const topicOf = new Map(candidates.map((c) => [c.id, c.topicId]));
      const count = (ids: string[]) => {
        const counts = new Map<string, number>();
        for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
        return counts;
      };
      const available = count(candidates.map((c) => c.topicId));
      const due = count(dueReviews.flatMap((r) => topicOf.get(r.questionId) ?? []));
      const topicIds = [...new Set([...available.keys(), ...masteries.keys()])];
      const topics = [...(await topicsByIds(db, topicIds)).values()].sort(
        (a, b) =>
          a.subject.name.localeCompare(b.subject.name, 'vi') ||
          a.grade - b.grade ||
          a.title.localeCompare(b.title, 'vi', { numeric: true }),
      );
      return {
        topics: topics.map((topic) => {
          const m = masteries.get(topic.id);
          return {
            ...topic,
            mastery: m && m.answers > 0 ? masteryOf(m.ability) : null,
            answers: m?.answers ?? 0,
            correct: m?.correct ?? 0,
            dueReviews: due.get(topic.id) ?? 0,
            available: available.get(topic.id) ?? 0,
          };
        }),
      };
    },
  };
}
