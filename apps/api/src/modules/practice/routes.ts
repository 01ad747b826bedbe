import { practiceEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { rolesWith } from '../../http/route.js';
import { createPracticeAnswers } from './answer.js';
import { createPracticeService } from './service.js';
import { createPracticeTickets } from './ticket.js';

/** Luyện tập, the student's side: each route acts on the caller's own practice only. */
export async function practiceRoutes(
  app: FastifyInstance,
  { db, clock, sessionSecret }: { db: Db; clock: () => Date; sessionSecret: string },
) {
  const tickets = createPracticeTickets(sessionSecret);
  const practice = createPracticeService({ db, clock, tickets });
  const answers = createPracticeAnswers({ db, clock, tickets });
  const own = rolesWith('self', 'student');
  actorRoute(app, practiceEndpoints.progress, own, (actor) => practice.progress(actor));
  actorRoute(app, practiceEndpoints.next, own, (actor, { query }) => practice.next(actor, query));
  actorRoute(app, practiceEndpoints.answer, own, (actor, { body }) => answers.answer(actor, body));
}
