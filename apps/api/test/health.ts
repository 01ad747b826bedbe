import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** GET /api/health answers 200 (the API stays up) with a body that matches `expected`. */
export async function expectHealth(app: FastifyInstance, expected: Record<string, unknown>) {
  const response = await app.inject({ method: 'GET', url: '/api/health' });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject(expected);
}
