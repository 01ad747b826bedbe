import autocannon from 'autocannon';
import { type Measure, measure } from './stats.js';

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Requests a second offered by all connections together (an open model). */
  overallRate?: number;
  /** Requests a second offered by each connection. */
  connectionRate?: number;
  /** Sets up one connection (its user, its requests); `n` counts connections from 0. Returns what a
   * response means: true when it succeeded (default: status 200). */
  connection(client: autocannon.Client, n: number): ((status: number) => boolean) | undefined;
}

/** Drives autocannon, one user per connection, recording every response's latency itself (exact p95). */
export async function runLoad(url: string, options: LoadOptions): Promise<Measure> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 60,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    ...(options.connectionRate ? { connectionRate: options.connectionRate } : {}),
    setupClient(client) {
      const succeeded = options.connection(client, next++) ?? ((status: number) => status === 200);
      client.on('response', (status: number, _bytes: number, ms: number) => {
        if (succeeded(status)) latencies.push(ms);
        else errors += 1;
      });
    },
  });
  return measure(latencies, errors + result.errors + result.timeouts, (performance.now() - started) / 1000);
}
