import { dataDirectory, freePort, spawnApi, stopApi, waitForHealth } from './server.js';

export interface EmptyServer {
  url: string;
  /** The first-admin setup token, read from the line the server printed at start. */
  setupToken: string;
  stop: () => Promise<void>;
}

/** The token of the server's "open …/cai-dat?token=…" line, once it has been printed. */
function setupTokenIn(output: string): string | null {
  return /\/cai-dat\?token=([A-Za-z0-9_-]+)/.exec(output)?.[1] ?? null;
}

/**
 * The production server on a fresh, EMPTY database (no demo data), in Vietnam's zone, as a Sở would
 * first start it: nobody can sign in until the first system administrator is created.
 */
export async function startEmptyServer(): Promise<EmptyServer> {
  const port = await freePort();
  const dataDir = await dataDirectory('hoclieu-empty-');
  const { child, output } = spawnApi({
    port,
    dataDir,
    env: {
      SEED_DEMO: 'false',
      TZ: 'Asia/Ho_Chi_Minh',
      // The journey signs in a dozen times as five people.
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      // The start-up line with the setup link is an info line.
      LOG_LEVEL: 'info',
    },
    keepChars: 200_000,
  });
  const url = `http://127.0.0.1:${port}`;

  const stop = () => stopApi(child, dataDir);

  try {
    await waitForHealth(url, child, output, 180_000);
    // The line comes right after listen(); give it a moment to reach the pipe.
    const deadline = Date.now() + 10_000;
    let token = setupTokenIn(output());
    while (!token && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      token = setupTokenIn(output());
    }
    if (!token) throw new Error(`The server printed no setup link:\n${output().slice(-4000)}`);
    return { url, setupToken: token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
