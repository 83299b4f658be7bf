// Production's topology on loopback, beside the shared stack's cms: Debian's redis-server, two
// built web servers sharing it, and Debian's Caddy with the repository's deploy/Caddyfile
// (`tls internal`, its own data folder, admin API off) in front of both and of the dashboard.
// The test delivers the cms's webhook to the first web server only (see deliverWebhook).
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisServer } from '../../unit/support/redis-server';
import { REPO_DIR, WEB_OUTPUT } from './builds';
import { BROWSER_HEADERS } from './http';
import { freePort, RETENTION_DAYS, type StackInfo } from './stack';
import { deliver, strapiPayload } from './webhook';

export const CADDY = process.env.CADDY_PATH ?? '/usr/bin/caddy';
export const SITE_HOST = 'site.tend.test';
export const DASHBOARD_HOST = 'dashboard.tend.test';

export interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
}

interface WebServer {
  name: string;
  port: number;
  url: string;
  cwd: string;
  process?: ChildProcess;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class MultiServerStack {
  readonly runDir = mkdtempSync(join(tmpdir(), 'tend-multi-'));
  readonly logFile = join(this.runDir, 'multi.log');
  readonly webs: [WebServer, WebServer];
  httpPort = 0;
  httpsPort = 0;
  redis!: RedisServer;
  private readonly log: WriteStream = createWriteStream(this.logFile, { flags: 'a' });
  private caddy?: ChildProcess;
  private caRoot?: Buffer;

  private constructor(
    private readonly info: StackInfo,
    ports: [number, number],
  ) {
    this.webs = [0, 1].map((index) => ({
      name: `web-${index + 1}`,
      port: ports[index]!,
      url: `http://127.0.0.1:${ports[index]}`,
      cwd: join(this.runDir, `web-${index + 1}`),
    })) as [WebServer, WebServer];
  }

  get siteUrl(): string {
    return `https://${SITE_HOST}:${this.httpsPort}`;
  }

  static async start(info: StackInfo): Promise<MultiServerStack> {
    const stack = new MultiServerStack(info, [await freePort(), await freePort()]);
    try {
      stack.httpPort = await freePort();
      stack.httpsPort = await freePort();
      stack.redis = await RedisServer.start();
      await Promise.all([stack.startWeb(0), stack.startWeb(1)]);
      await stack.startCaddy();
      return stack;
    } catch (error) {
      await stack.stop();
      throw error;
    }
  }

  /** The same settings as the shared stack's web, plus Redis and the proxy's public address. */
  async startWeb(index: 0 | 1): Promise<void> {
    const web = this.webs[index];
    mkdirSync(web.cwd, { recursive: true });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: 'UTC',
      LANG: 'C.UTF-8',
      NODE_ENV: 'production',
      PORT: String(web.port),
      NITRO_HOST: '127.0.0.1',
      NUXT_CMS_URL: this.info.cmsUrl,
      NUXT_CMS_READ_TOKEN: this.info.tokens.read,
      NUXT_CMS_PREVIEW_TOKEN: this.info.tokens.preview,
      NUXT_CMS_ENQUIRY_TOKEN: this.info.tokens.enquiry,
      NUXT_PUBLIC_SITE_URL: this.siteUrl,
      NUXT_ARTICLES_PAGE_SIZE: '4',
      NUXT_PUBLIC_ENQUIRY_RETENTION_DAYS: String(RETENTION_DAYS),
      NUXT_PREVIEW_SECRET: this.info.secrets.preview,
      NUXT_REVALIDATE_SECRET: this.info.secrets.revalidate,
      NUXT_ADMIN_ORIGIN: this.info.cmsUrl,
      NUXT_RECONCILE_INTERVAL_SECONDS: '0',
      NUXT_TRUST_PROXY: 'true',
      NUXT_REDIS_URL: this.redis.url,
      NITRO_SHUTDOWN_TIMEOUT: '20000',
    };
    web.process = this.spawn(web.name, process.execPath, [join(WEB_OUTPUT, 'server', 'index.mjs')], web.cwd, env);
    await this.waitUntil(web.name, web.process, async () => (await fetch(`${web.url}/`, { signal: AbortSignal.timeout(5_000) })).status > 0);
  }

  /** SIGTERM, as a container stop or a deploy sends it; resolves with the exit code. */
  async terminateWeb(index: 0 | 1): Promise<number | null> {
    const child = this.webs[index].process;
    this.webs[index].process = undefined;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  private async startCaddy(): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: this.runDir,
      XDG_DATA_HOME: join(this.runDir, 'caddy-data'),
      XDG_CONFIG_HOME: join(this.runDir, 'caddy-config'),
      CADDY_TLS: 'internal',
      CADDY_HTTP_PORT: String(this.httpPort),
      CADDY_HTTPS_PORT: String(this.httpsPort),
      TEND_SITE_ADDRESS: SITE_HOST,
      TEND_DASHBOARD_ADDRESS: DASHBOARD_HOST,
      TEND_WEB_UPSTREAMS: this.webs.map((web) => `127.0.0.1:${web.port}`).join(' '),
      TEND_CMS_UPSTREAM: new URL(this.info.cmsUrl).host,
    };
    this.caddy = this.spawn('caddy', CADDY, ['run', '--config', join(REPO_DIR, 'deploy', 'Caddyfile'), '--adapter', 'caddyfile'], this.runDir, env);
    const root = join(this.runDir, 'caddy-data', 'caddy', 'pki', 'authorities', 'local', 'root.crt');
    await this.waitUntil('caddy', this.caddy, async () => {
      this.caRoot = readFileSync(root);
      return (await this.viaProxy(SITE_HOST, '/')).status === 200;
    });
  }

  /** HTTPS through Caddy, trusting only Caddy's local authority (as a reader's browser would trust a real one). */
  viaProxy(host: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
    const body = init.body;
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        {
          host: '127.0.0.1',
          port: this.httpsPort,
          servername: host,
          path,
          method: init.method ?? 'GET',
          ca: this.caRoot,
          agent: false,
          headers: { ...BROWSER_HEADERS, Host: `${host}:${this.httpsPort}`, ...init.headers, ...(body ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) },
          timeout: 30_000,
        },
        (res) => collect(res, resolve),
      );
      req.on('timeout', () => req.destroy(new Error(`${path} through the proxy timed out`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Plain HTTP to Caddy's port 80 equivalent (to see the redirect). */
  plainHttp(host: string, path: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: this.httpPort, path, agent: false, headers: { ...BROWSER_HEADERS, Host: `${host}:${this.httpPort}` } }, (res) => collect(res, resolve));
      req.on('error', reject);
      req.end();
    });
  }

  /**
   * The cms's webhook delivery after a publish, played by the test: Strapi refuses loopback
   * addresses for webhooks made through the admin API, and its own webhook goes to the shared
   * stack's web. Same payload, same secret, to web-1 only; resolves with web-1's answer.
   */
  async deliverWebhook(event: string, slug: string): Promise<number> {
    const reply = await deliver(this.webs[0].url, { secret: this.info.secrets.revalidate, body: strapiPayload(event, { slug }) });
    return reply.status;
  }

  /** The lines a web server wrote so far (its console output). */
  linesOf(name: string): string[] {
    return readFileSync(this.logFile, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith(`[${name}] `));
  }

  async stop(): Promise<void> {
    for (const child of [this.caddy, ...this.webs.map((web) => web.process)]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
    }
    await this.redis?.dispose();
    if (!this.log.writableEnded) await new Promise<void>((resolve) => this.log.end(resolve));
    for (const web of this.webs) rmSync(web.cwd, { recursive: true, force: true });
    rmSync(join(this.runDir, 'caddy-data'), { recursive: true, force: true });
  }

  private spawn(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.log.write(`--- [${name}] ${command} ${args.join(' ')} (pid ${child.pid})\n`);
    for (const stream of [child.stdout!, child.stderr!]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) if (!this.log.writableEnded) this.log.write(`[${name}] ${line}\n`);
      });
    }
    child.once('exit', (code, signal) => !this.log.writableEnded && this.log.write(`--- [${name}] exited (code ${code}, signal ${signal})\n`));
    process.once('exit', () => child.exitCode === null && child.kill('SIGKILL'));
    return child;
  }

  private async waitUntil(name: string, child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 60_000;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited during start-up (code ${child.exitCode}); see ${this.logFile}`);
      try {
        if (await ready()) return;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(200);
    }
    throw new Error(`${name} did not become ready within 60 s (last: ${last}); see ${this.logFile}`);
  }
}

function collect(res: IncomingMessage, done: (answer: Answer) => void): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text }));
}
