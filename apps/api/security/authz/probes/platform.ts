import { PASSWORD } from '../../../test/helpers.js';
import { list, probe } from '../matrix.js';
import { callerPerson, homeUnitOf } from './common.js';

/** Health, sign-in and the session routes. */
export const platformProbes = [
  probe('GET /api/health', async () => ({ method: 'GET', url: '/api/health' }), 'no target'),
  probe(
    'POST /api/auth/login',
    async (ctx) => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: (callerPerson(ctx) ?? ctx.world.units.own.student).username, password: PASSWORD },
    }),
    'no target: the account is the one signing in',
  ),
  probe('GET /api/setup', async () => ({ method: 'GET', url: '/api/setup' }), 'no target: is setup pending'),
  probe(
    'POST /api/setup',
    async () => ({
      method: 'POST',
      url: '/api/setup',
      // The world has system admins: everyone is answered SETUP_DONE (409), nobody gets in.
      payload: {
        token: 'not-the-token',
        username: 'qt.moi',
        fullName: 'Quản trị mới',
        password: 'Matkhau2026',
      },
    }),
    'no target: the first system admin, once',
  ),
  probe(
    'POST /api/auth/logout',
    async (ctx) => {
      const person = callerPerson(ctx);
      // A second session of the same account: ending the caller's own would sign it out for later cases.
      return {
        method: 'POST',
        url: '/api/auth/logout',
        ...(person ? { as: await ctx.world.signInAgain(person) } : {}),
      };
    },
    "implicit target: the caller's own session",
  ),
  probe(
    'GET /api/auth/me',
    async () => ({ method: 'GET', url: '/api/auth/me' }),
    "implicit target: the caller's own session",
  ),
  probe(
    'POST /api/auth/change-password',
    async (ctx) => {
      const fresh =
        ctx.caller === 'anonymous'
          ? null
          : await ctx.world.freshPerson(ctx.caller, homeUnitOf(ctx, ctx.caller));
      return {
        method: 'POST',
        url: '/api/auth/change-password',
        payload: { currentPassword: PASSWORD, newPassword: 'Matkhau456' },
        // A fresh account of the caller's role: the callers keep their password for later cases.
        ...(fresh ? { as: fresh.client } : {}),
      };
    },
    "implicit target: the caller's own account",
  ),
  list(
    'GET /api/audit',
    async () => ({ method: 'GET', url: '/api/audit?pageSize=100' }),
    // An audited change in each school the caller's unit does not hold: a password reset there.
    async ({ world, caller }) =>
      Promise.all(
        world.unitsOutside(caller).map((unit) =>
          world.shared(`audit:${unit.label}`, async () => {
            const account = await world.account(unit);
            await world.callers.system_admin.client.request({
              method: 'POST',
              url: `/api/users/${account.id}/reset-password`,
            });
            return account.id;
          }),
        ),
      ),
  ),
];

/** The built web app: the catch-all that serves the single-page app and the quiz page's entry. */
export const webProbes = [
  probe('GET /*', async () => ({ method: 'GET', url: '/lam-bai/bai-kiem-tra' }), 'no target: public pages'),
];
