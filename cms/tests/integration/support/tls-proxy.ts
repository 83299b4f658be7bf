import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A real TLS-terminating reverse proxy (Debian's caddy or nginx) on loopback, in front of `upstreamPort`. */
export interface TlsProxy {
  name: 'caddy' | 'nginx';
  port: number;
  /** The CA that signed the proxy's certificate for "localhost". */
  ca: Buffer;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startTlsProxy(name: TlsProxy['name'], upstreamPort: number): Promise<TlsProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tend-${name}-`));
  const port = await freePort();
  const started = name === 'caddy' ? await startCaddy(dir, port, upstreamPort) : startNginx(dir, port, upstreamPort);
  const stop = async () => {
    await stopProcess(started.process);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(port, started.caPath, started.process);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, port, ca: fs.readFileSync(started.caPath), stop };
}

interface Started {
  process: ChildProcess;
  caPath: string;
}

/** Caddy as docs/deployment.md sets it up, with its own local CA (`tls internal`) instead of Let's Encrypt. */
async function startCaddy(dir: string, port: number, upstreamPort: number): Promise<Started> {
  const caddyfile = path.join(dir, 'Caddyfile');
  fs.writeFileSync(
    caddyfile,
    `{
  admin off
  skip_install_trust
  auto_https disable_redirects
  http_port ${await freePort()}
  storage file_system ${path.join(dir, 'data')}
}
https://localhost:${port} {
  bind 127.0.0.1
  tls internal
  reverse_proxy 127.0.0.1:${upstreamPort}
}
`,
  );
  const child = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { process: child, caPath: path.join(dir, 'data/pki/authorities/local/root.crt') };
}

/** nginx with the headers docs/deployment.md asks for; it appends to a client's X-Forwarded-For. */
function startNginx(dir: string, port: number, upstreamPort: number): Started {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-keyout',
    key,
    '-out',
    cert,
  ], { stdio: 'ignore' });
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port} ssl;
    server_name localhost;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`,
  );
  const child = spawn('nginx', ['-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { process: child, caPath: cert };
}

async function waitUntilServing(port: number, caPath: string, child: ChildProcess): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`proxy exited with ${child.exitCode}: ${stderr}`);
    if (fs.existsSync(caPath)) {
      const ca = fs.readFileSync(caPath);
      const answered = await new Promise<boolean>((resolve) => {
        const request = https.get({ host: '127.0.0.1', port, servername: 'localhost', ca, path: '/_health' }, (response) => {
          response.resume();
          resolve(response.statusCode !== undefined && response.statusCode < 500);
        });
        request.on('error', () => resolve(false));
      });
      if (answered) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`proxy did not start serving on port ${port}: ${stderr}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
