// The reference static server: Debian's nginx, started here on a free loopback port with a
// config of our own (nothing from /etc/nginx but its MIME types), serving one folder of files.
// One worker process, because the web server under test is one Node process too: the ratio then
// compares what each does with a core, not how many cores each grabbed on a shared machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../e2e/support/stack';

export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

function config(dir: string, root: string, port: number): string {
  const mimeTypes = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; }';
  return `
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
events { worker_connections 1024; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  # Node keeps a connection open as long as the client likes; so does nginx here.
  keepalive_requests 1000000;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  # On-the-fly gzip as a typical site would set it (text/html is always included).
  gzip on;
  gzip_vary on;
  gzip_types text/css text/plain application/javascript application/json image/svg+xml application/xml;
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`;
}

/** Starts nginx serving `root`, keeping its own files in `dir` (both made readable by nobody: as root, nginx's worker runs as nobody). */
export async function startNginx(nginx: string, dir: string, root: string): Promise<StaticServer> {
  mkdirSync(dir, { recursive: true });
  for (const folder of [dir, root]) chmodSync(folder, 0o755);
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  const errorLog = join(dir, 'error.log');
  writeFileSync(conf, config(dir, root, port));
  const child = spawn(nginx, ['-p', dir, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(child, url, () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
  return { url, stop: () => stop(child) };
}

async function waitUntilServing(child: ChildProcess, url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start (code ${child.exitCode}): ${log().trim()}`);
    const answered = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      async (response) => (await response.arrayBuffer(), true),
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not answer at ${url} within 10 s: ${log().trim()}`);
}

/** SIGTERM is nginx's fast shutdown: the master stops its worker and exits. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
