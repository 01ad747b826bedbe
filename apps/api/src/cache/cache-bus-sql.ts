import { createListenConnection, type ListenConnection } from '@hoclieu/db/sql';
import { CACHE_CHANNEL } from './cache-events.js';

/** How the listening connection shows in pg_stat_activity (tests end it there to test a reconnect). */
export const LISTENER_NAME = 'hoclieu-cache-bus';

/**
 * Opens the process's one listening connection and subscribes it to the cache channel. `onPayload`
 * receives each notification's payload; `onLost` is called once when the connection fails or ends.
 */
export async function openListener(
  connectionString: string,
  onPayload: (payload: string | undefined) => void,
  onLost: (error?: unknown) => void,
): Promise<ListenConnection> {
  const connection = createListenConnection(connectionString, LISTENER_NAME);
  let lost = false;
  const loseOnce = (error?: unknown) => {
    if (lost) return;
    lost = true;
    onLost(error);
  };
  connection.on('notification', (message) => {
    if (message.channel === CACHE_CHANNEL) onPayload(message.payload);
  });
  connection.on('error', loseOnce);
  connection.on('end', () => loseOnce());
  try {
    await connection.connect();
    await connection.query(`LISTEN ${CACHE_CHANNEL}`);
  } catch (error) {
    lost = true;
    await connection.end().catch(() => undefined);
    throw error;
  }
  return connection;
}
