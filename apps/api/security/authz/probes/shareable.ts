import { type CaseContext, list, probe } from '../matrix.js';
import { firstShareStep, reviewState } from './common.js';

/**
 * Materials and questions go through one sharing lifecycle (search by audience, share requests,
 * review decisions, a review queue): their probes differ only in the kind and how one is made.
 */
type World = CaseContext['world'];
type Person = CaseContext['author'];
type ShareState = NonNullable<Parameters<World['question']>[1]>;

interface Shareable {
  /** The kind as the API's paths name it: `materials`, `questions`. */
  plural: 'materials' | 'questions';
  /** Its key prefix in the world's shared cache. */
  kind: 'material' | 'question';
  /** The school-shared item of a teacher, under the key the kind's own probes use. */
  schoolKey: (teacherId: string) => string;
  make: (world: World, author: Person, state?: ShareState) => Promise<{ id: string }>;
  /** A draft its author may ask to share (a material needs a file first). */
  makeShareable: (world: World, author: Person) => Promise<{ id: string }>;
}

export const sharedMaterial: Shareable = {
  plural: 'materials',
  kind: 'material',
  schoolKey: (teacherId) => `material:school:${teacherId}:`,
  make: (world, author, state) => world.material(author, state),
  makeShareable: (world, author) => world.material(author, { file: 'pdf' }),
};

export const sharedQuestion: Shareable = {
  plural: 'questions',
  kind: 'question',
  schoolKey: (teacherId) => `question:school:${teacherId}`,
  make: (world, author, state) => world.question(author, state),
  makeShareable: (world, author) => world.question(author),
};

/** One item per unit outside the caller's, made once and kept under `key(unit)`. */
const outsideItems = (
  world: World,
  caller: CaseContext['caller'],
  key: (unit: CaseContext['unit']) => string,
  make: (unit: CaseContext['unit']) => Promise<{ id: string }>,
) =>
  Promise.all(
    world.unitsOutside(caller).map(async (unit) => (await world.shared(key(unit), () => make(unit))).id),
  );

/**
 * The search must not find school-shared items of schools outside the caller's unit, nor another
 * teacher's draft (only the system admin sees drafts).
 */
export const searchProbe = (s: Shareable) =>
  list(
    `GET /api/${s.plural}`,
    async ({ world }) => {
      await world.app.searchOutbox.drain();
      return { method: 'GET', url: `/api/${s.plural}?pageSize=100` };
    },
    async ({ world, caller }) => {
      const ids = await outsideItems(
        world,
        caller,
        (unit) => s.schoolKey(unit.teacher.id),
        (unit) => s.make(world, unit.teacher, { scope: 'school' }),
      );
      const peer = world.units.peer.teacher;
      const draft = await world.shared(`${s.kind}:draft:${peer.id}`, () => s.make(world, peer));
      await world.app.searchOutbox.drain();
      return caller === 'system_admin' ? ids : [...ids, draft.id];
    },
  );

/** The review queue must not name the requests of units outside the caller's. */
export const reviewQueueProbe = (s: Shareable) =>
  list(
    `GET /api/reviews/${s.plural}`,
    async () => ({ method: 'GET', url: `/api/reviews/${s.plural}` }),
    async ({ world, caller }) =>
      outsideItems(
        world,
        caller,
        (unit) => `${s.kind}:review:${unit.label}`,
        (unit) => s.make(world, unit.teacher, { requested: 'school' }),
      ),
  );

/** A review decision on a request the caller's role reviews, in the case's unit. */
export const decisionProbe = (s: Shareable) =>
  probe(`POST /api/${s.plural}/:${s.kind}Id/decisions`, async (ctx) => ({
    method: 'POST',
    url: `/api/${s.plural}/${(await s.make(ctx.world, ctx.unit.teacher, reviewState(ctx))).id}/decisions`,
    payload: { decision: 'approve' },
  }));

/** An author's share request, at the first step their role may ask for. */
export const shareRequestProbe = (s: Shareable) =>
  probe(`POST /api/${s.plural}/:${s.kind}Id/share-requests`, async ({ world, author }) => ({
    method: 'POST',
    url: `/api/${s.plural}/${(await s.makeShareable(world, author)).id}/share-requests`,
    payload: { scope: firstShareStep(author) },
  }));
