import { addDays, vietnamDate } from '@hoclieu/domain';
import { type CaseContext, probe } from '../matrix.js';

/** A Toán 6 chapter every unit's class may practise (the curriculum is sector-wide). */
const chapter = (ctx: CaseContext) => ctx.world.shared('mastery:chapter', () => ctx.world.topic());

const dueOn = () => addDays(vietnamDate(new Date()), 30);

/** A fresh goal the unit's teacher set for the unit's class (each case may remove its own). */
async function goal(ctx: CaseContext): Promise<string> {
  const response = await ctx.unit.teacher.client.request({
    method: 'POST',
    url: `/api/classes/${ctx.unit.classId}/practice-goals`,
    payload: { topicIds: [(await chapter(ctx)).id], dueOn: dueOn() },
  });
  if (response.statusCode !== 200) throw new Error(`practice goal: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

/** The teacher's side of practice: mastery table, a student's history, practise-until-mastery goals. */
export const masteryProbes = [
  probe('GET /api/classes/:classId/mastery', async (ctx) => ({
    method: 'GET',
    url: `/api/classes/${ctx.unit.classId}/mastery`,
  })),
  probe('GET /api/classes/:classId/students/:studentId/practice', async (ctx) => ({
    method: 'GET',
    url: `/api/classes/${ctx.unit.classId}/students/${ctx.unit.student.id}/practice`,
  })),
  probe('POST /api/classes/:classId/practice-goals', async (ctx) => ({
    method: 'POST',
    url: `/api/classes/${ctx.unit.classId}/practice-goals`,
    payload: { topicIds: [(await chapter(ctx)).id], dueOn: dueOn() },
  })),
  probe('DELETE /api/practice-goals/:goalId', async (ctx) => ({
    method: 'DELETE',
    url: `/api/practice-goals/${await goal(ctx)}`,
  })),
  probe(
    'GET /api/me/practice-goals',
    async () => ({ method: 'GET', url: '/api/me/practice-goals' }),
    "no target: the goals of the caller's own classes",
  ),
];
