// Bodies of new units and accounts for the organisation management suites, codes unique per file.
import type { Role } from '@hoclieu/contracts';
import { expect } from 'vitest';
import type { Client } from './helpers.js';
import { next, post } from './org-requests.js';

/** A new district office's body in a province. */
export const newDistrict = (provinceId: string, name: string) => ({
  provinceId,
  code: `PGD-${next()}`,
  name,
});

/** A new school's body in a district. */
export const newSchool = (districtId: string, name: string, kind = 'THCS') => ({
  districtId,
  code: `S-${next()}`,
  name,
  kind,
});

/** A new account's body in a unit. */
export const newAccount = (
  role: Role,
  fullName: string,
  unit: { provinceId?: string; districtId?: string; schoolId?: string },
) => ({ role, username: `tk-${next()}`, fullName, ...unit });

/** Posts a new unit's body as `client`, who must be allowed: the created unit. */
export async function createdAs(client: Client, url: string, body: object) {
  const response = await post(client, url, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: string; code: string };
}

/** A district office created in a province through the API by `client`. */
export const createdDistrict = (client: Client, provinceId: string, name: string) =>
  createdAs(client, '/api/districts', newDistrict(provinceId, name));

/** A school created in a district through the API by `client`. */
export const createdSchool = (client: Client, districtId: string, name: string, kind?: string) =>
  createdAs(client, '/api/schools', newSchool(districtId, name, kind));
