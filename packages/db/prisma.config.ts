import { defineConfig } from 'prisma/config';

// Only the Prisma CLI reads this file (generate, and `migrate deploy` on machines that can download
// engines). The app and the offline runner (src/migrate.ts) take the URL from their callers.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/hoclieu' },
});
