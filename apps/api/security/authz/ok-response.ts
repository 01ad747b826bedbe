/** The body of a 200 response; anything else stops the world's setup with the route's answer. */
export async function ok<T>(label: string, response: { statusCode: number; body: string; json(): unknown }) {
  if (response.statusCode !== 200) throw new Error(`${label}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}
