import { randomUUID } from 'node:crypto';
import type { Role } from '@hoclieu/contracts';
import type { CaseContext } from '../matrix.js';
import type { Person } from '../world.js';

/** A multipart/form-data body with one file, as a browser form sends it. */
export function multipart(content: Buffer, fileName: string) {
  const boundary = `----hoclieu${randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

/** The person a caller role stands for (anonymous: nobody; the A1 teacher stands in for resources). */
export function callerPerson(ctx: CaseContext): Person | null {
  return ctx.caller === 'anonymous' ? null : ctx.world.callers[ctx.caller];
}

/** The unit fields a new account of the caller's role gets, in the caller's own unit. */
export function homeUnitOf(ctx: CaseContext, role: Role): Record<string, string> {
  const a1 = ctx.world.units.own;
  if (role === 'district_officer') return { districtId: a1.districtId };
  if (role === 'province_officer') return { provinceId: a1.provinceId };
  if (role === 'system_admin') return {};
  return { schoolId: a1.schoolId };
}

/** The share step an author of this role asks for first (an officer's material skips the school). */
export function firstShareStep(author: Person): 'school' | 'district' | 'province' {
  if (author.role === 'district_officer') return 'district';
  if (author.role === 'province_officer' || author.role === 'system_admin') return 'province';
  return 'school';
}

/** A pending request the caller's role reviews (a school admin the school step, officers theirs). */
export function reviewState(ctx: CaseContext) {
  if (ctx.caller === 'district_officer') return { scope: 'school', requested: 'district' } as const;
  if (ctx.caller === 'province_officer') return { scope: 'district', requested: 'province' } as const;
  return { scope: 'private', requested: 'school' } as const;
}
