import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';
import { UTC_SESSION } from './sql.js';

export type Db = PrismaClient;

export interface DbOptions {
  connectionString: string;
  /** Pool size; the API process and each test file get their own client. */
  maxConnections?: number;
}

/**
 * Creates a Prisma client on a pg pool. No singleton: the caller owns it and disconnects it.
 * Prisma's pg adapter writes instants as UTC text without an offset and reads them dropping the
 * offset, so its sessions run in UTC whatever the server's `timezone` (initdb takes the machine's).
 */
export function createDb({ connectionString, maxConnections = 10 }: DbOptions): Db {
  const adapter = new PrismaPg({ connectionString, max: maxConnections, options: UTC_SESSION });
  return new PrismaClient({ adapter });
}
