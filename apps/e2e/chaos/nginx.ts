import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../browser/server.js';

export const NGINX = '/usr/sbin/nginx';

/** Debian's nginx, run unprivileged from a prefix of its own, balancing loopback API processes. */
export interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The production recipe's proxying (infra/debian/nginx/hoclieu.conf: HTTP/1.1 with keepalive to
 * the upstream, forwarded headers) over plain HTTP on a free loopback port. A process that refuses
 * the connection or drops it is skipped for the next requests (max_fails/fail_timeout) and an
 * idempotent request is tried on the other one.
 */
export async function startLoadBalancer(apiPorts: number[]): Promise<LoadBalancer> {
  const prefix = await mkdtemp(join(tmpdir(), 'hoclieu-nginx-'));
  await chmod(prefix, 0o755);
  const port = await freePort();
  const temp = (kind: string) => `${kind}_temp_path ${join(prefix, `${kind}-temp`)};`;
  const config = [
    'worker_processes 1;',
    'daemon on;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    '  upstream hoclieu_api {',
    ...apiPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`),
    '    keepalive 32;',
    '  }',
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    client_max_body_size 100m;',
    '    proxy_http_version 1.1;',
    '    proxy_set_header Connection "";',
    '    proxy_set_header Host $http_host;',
    '    proxy_set_header X-Forwarded-For $remote_addr;',
    '    proxy_connect_timeout 2s;',
    '    proxy_read_timeout 60s;',
    '    proxy_next_upstream error timeout http_502;',
    '    location / { proxy_pass http://hoclieu_api; }',
    '  }',
    '}',
    '',
  ].join('\n');
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, config);
  const args = (...more: string[]) => ['-p', prefix, '-c', conf, ...more];
  execFileSync(NGINX, args('-t'), { stdio: 'pipe' });
  execFileSync(NGINX, args(), { stdio: 'pipe' });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      try {
        execFileSync(NGINX, args('-s', 'quit'), { stdio: 'pipe' });
      } catch {
        // not running
      }
      for (let i = 0; i < 50 && existsSync(join(prefix, 'nginx.pid')); i++)
        await new Promise((done) => setTimeout(done, 100));
      await rm(prefix, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
