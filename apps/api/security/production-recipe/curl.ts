import { execFileSync } from 'node:child_process';
import { DOMAIN } from './recipe-files.js';

export interface CurlResult {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
}

/** curl through nginx: the site name resolves to 127.0.0.1, certificate not checked (-k). */
export function curl(
  ports: { httpPort: number; httpsPort: number },
  path: string,
  options: { https?: boolean; args?: string[] } = {},
): CurlResult {
  const { httpPort, httpsPort } = ports;
  const https = options.https ?? true;
  const port = https ? httpsPort : httpPort;
  const out = execFileSync(
    'curl',
    [
      '-sS',
      '-k',
      '-i',
      '--resolve',
      `${DOMAIN}:${port}:127.0.0.1`,
      ...(options.args ?? []),
      `${https ? 'https' : 'http'}://${DOMAIN}:${port}${path}`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  ).toString('utf8');
  // With -i, interim 100 Continue blocks may come first; the last header block is the answer's.
  const blocks = out.split(/\r\n\r\n/);
  let index = 0;
  while (/^HTTP\/[\d.]+ 100/.test(blocks[index] ?? '')) index++;
  const [head = '', ...rest] = blocks.slice(index);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  const setCookies: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'set-cookie') setCookies.push(value);
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { status: Number(statusLine.split(' ')[1]), headers, setCookies, body: rest.join('\r\n\r\n') };
}

export function loginArgs(username: string, password: string, forwardedFor: string) {
  return [
    '-X',
    'POST',
    '-H',
    'content-type: application/json',
    '-H',
    `x-forwarded-for: ${forwardedFor}`,
    '--data',
    JSON.stringify({ username, password }),
  ];
}
