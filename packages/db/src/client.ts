import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export type Db = PrismaClient;

export interface DbOptions {
  connectionString: string;
  /** Pool size; the API process and each test file get their own client. */
  maxConnections?: number;
}

/** Creates a Prisma client on a pg pool. No singleton: the caller owns it and disconnects it. */
export function createDb({ connectionString, maxConnections = 10 }: DbOptions): Db {
  const adapter = new PrismaPg({ connectionString, max: maxConnections });
  return new PrismaClient({ adapter });
}
