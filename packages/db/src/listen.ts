import pg from 'pg';
import { UTC_SESSION } from './sql.js';

/** One connection of its own that LISTENs (a pool would hand it back and lose the subscription). */
export type ListenConnection = Pick<pg.Client, 'connect' | 'query' | 'end' | 'on'>;

/** A dedicated, not pooled, connection for LISTEN; the caller connects it and reconnects when it ends. */
export function createListenConnection(connectionString: string, applicationName: string): ListenConnection {
  const connection = new pg.Client({
    connectionString,
    options: UTC_SESSION,
    application_name: applicationName,
  });
  // Until the caller's own listener is attached, a dropped connection must not crash the process.
  connection.on('error', () => undefined);
  return connection;
}
