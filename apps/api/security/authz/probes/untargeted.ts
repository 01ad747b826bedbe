import { probe } from '../matrix.js';

/** A GET of one fixed address with no target (a blank template, reference data): `why` says so. */
export const untargetedGet = (path: string, why: string) =>
  probe(`GET ${path}`, async () => ({ method: 'GET', url: path }), why);
