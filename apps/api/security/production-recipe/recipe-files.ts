import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** The Debian recipe's files (infra/debian), read and adapted to this machine's loopback ports and folders. */

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const recipe = join(repoRoot, 'infra/debian');
export const DOMAIN = 'hoclieu.example.edu.vn';

export function findProgram(name: string): string | null {
  return (
    ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].map((d) => join(d, name)).find((p) => existsSync(p)) ?? null
  );
}

/** KEY=value lines as systemd's EnvironmentFile reads them (comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    const [, key, value] = match ?? [];
    if (key !== undefined) env[key] = value ?? '';
  }
  return env;
}

/** Replaces each `from` exactly once: a recipe file that changed shape fails loudly here. */
function rewrite(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    expect(out.split(from).length - 1, `"${from}" once in the recipe file`).toBe(1);
    out = out.replace(from, to);
  }
  return out;
}

/**
 * The recipe's nginx site in the prefix `scratch`, with a self-signed certificate and this test's
 * ports; the rest of the site file as shipped.
 */
export function writeNginxSite(
  scratch: string,
  ports: { apiPort: number; httpPort: number; httpsPort: number },
) {
  const { apiPort, httpPort, httpsPort } = ports;
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${DOMAIN}`,
      '-keyout',
      join(scratch, 'privkey.pem'),
      '-out',
      join(scratch, 'fullchain.pem'),
    ],
    { stdio: 'pipe' },
  );
  const site = rewrite(readFileSync(join(recipe, 'nginx/hoclieu.conf'), 'utf8'), [
    ['    listen 80;\n', `    listen 127.0.0.1:${httpPort};\n`],
    ['    listen [::]:80;\n', ''],
    ['    listen 443 ssl http2;\n', `    listen 127.0.0.1:${httpsPort} ssl http2;\n`],
    ['    listen [::]:443 ssl http2;\n', ''],
    ['server 127.0.0.1:3000 ', `server 127.0.0.1:${apiPort} `],
    ['/etc/ssl/hoclieu/fullchain.pem', join(scratch, 'fullchain.pem')],
    ['/etc/ssl/hoclieu/privkey.pem', join(scratch, 'privkey.pem')],
  ]);
  writeFileSync(join(scratch, 'site.conf'), site);
  const temp = (kind: string) => `${kind}_temp_path ${join(scratch, `${kind}-temp`)};`;
  writeFileSync(
    join(scratch, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${join(scratch, 'nginx.pid')};`,
      `error_log ${join(scratch, 'nginx-error.log')};`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log ${join(scratch, 'nginx-access.log')};`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${join(scratch, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
}
