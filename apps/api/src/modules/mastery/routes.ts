import { masteryEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { type RoleAccess, rolesWith } from '../../http/route.js';
import { classMastery } from './class-mastery.js';
import { createPracticeGoals } from './practice-goals.js';
import { practiceHistory } from './practice-history.js';

/** Who follows a class's practice: its teachers (any subject), the school admin of its school. */
const CLASS_FOLLOWERS: RoleAccess = { teacher: 'self', school_admin: 'unit' };

/** The teacher's side of practice: the class × topic mastery table, a student's history, goals. */
export async function masteryRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: () => Date }) {
  const goals = createPracticeGoals(db, clock);
  const e = masteryEndpoints;
  actorRoute(app, e.classMastery, CLASS_FOLLOWERS, (actor, { params }) =>
    classMastery(db, actor, params.classId),
  );
  actorRoute(app, e.studentHistory, CLASS_FOLLOWERS, (actor, { params }) =>
    practiceHistory(db, actor, params.classId, params.studentId),
  );
  actorRoute(app, e.createGoal, CLASS_FOLLOWERS, (actor, { params, body }) =>
    goals.create(actor, params.classId, body),
  );
  actorRoute(app, e.deleteGoal, CLASS_FOLLOWERS, (actor, { params }) => goals.remove(actor, params.goalId));
  actorRoute(app, e.myGoals, rolesWith('self', 'student'), (actor) => goals.mine(actor));
}
