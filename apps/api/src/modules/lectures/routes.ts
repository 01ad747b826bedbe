import { lectureEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { rolesWith, signedIn } from '../../http/route.js';
import type { MaterialService } from '../materials/service.js';
import { createClassLectureService } from './class-lectures.js';
import { createLectureProgressService } from './progress.js';

/** E-learning lectures (SCORM): the player's state and commits, class and student progress lists. */
export function lectureRoutes(app: FastifyInstance, db: Db, materials: MaterialService) {
  const progress = createLectureProgressService(db, materials);
  const classes = createClassLectureService(db);
  actorRoute(app, lectureEndpoints.play, signedIn('unit'), (actor, { params }) =>
    progress.play(actor, params.materialId),
  );
  actorRoute(app, lectureEndpoints.commit, rolesWith('self', 'student'), (actor, { params, body }) =>
    progress.commit(actor, params.materialId, body),
  );
  actorRoute(
    app,
    lectureEndpoints.classProgress,
    { teacher: 'self', school_admin: 'unit' },
    (actor, { params }) => classes.classProgress(actor, params.classId),
  );
  actorRoute(app, lectureEndpoints.mine, rolesWith('self', 'student'), (actor) => classes.mine(actor));
}
