import type { FastifyInstance } from 'fastify';

// Filled in by the imports feature (schools, classes, teachers, students from .xlsx/.csv).
export async function importRoutes(_app: FastifyInstance, _deps: unknown) {}
