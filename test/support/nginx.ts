import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wachtTot } from './collab-clients';
import { vrijePoort } from './vrije-poort';

/**
 * nginx from Debian as the load balancer of several instances, as docker/nginx.conf is in
 * docker-compose: round robin without sticky sessions, passing WebSockets. Its files live in `map`.
 */
export async function startNginx(
  map: string,
  instanties: string[],
): Promise<{ url: string; proces: ChildProcess }> {
  const poort = await vrijePoort();
  const servers = instanties
    .map((url) => `server ${new URL(url).host} max_fails=1 fail_timeout=30s;`)
    .join('\n    ');
  await writeFile(
    join(map, 'nginx.conf'),
    `worker_processes 1;
pid ${map}/nginx.pid;
error_log ${map}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${map}/body;
  proxy_temp_path ${map}/proxy;
  fastcgi_temp_path ${map}/fastcgi;
  uwsgi_temp_path ${map}/uwsgi;
  scgi_temp_path ${map}/scgi;
  upstream driehoek {
    ${servers}
  }
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:${poort};
    location / {
      proxy_pass http://driehoek;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_next_upstream error timeout;
      proxy_read_timeout 1h;
    }
  }
}
`,
  );
  const proces = spawn('nginx', ['-p', map, '-c', join(map, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${poort}`;
  await wachtTot('nginx', async () => (await fetch(`${url}/health`).catch(() => null))?.ok, {
    timeoutMs: 20_000,
    intervalMs: 100,
  });
  return { url, proces };
}
