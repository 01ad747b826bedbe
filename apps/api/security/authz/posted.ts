import type { Client } from '../../test/helpers.js';
import { ok } from './ok-response.js';

/** POSTs `payload` to `url` as `person`: the body of the 200 answer (anything else stops the setup). */
export async function posted<T>(person: { client: Client }, url: string, payload?: object): Promise<T> {
  return ok<T>(`POST ${url}`, await person.client.request({ method: 'POST', url, payload }));
}
