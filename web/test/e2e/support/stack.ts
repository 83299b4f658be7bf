// The real stack for end-to-end tests: the BUILT cms (`strapi start`) and the BUILT web
// (`node .output/server/index.mjs`) as child processes on loopback, on a fresh SQLite file,
// with random secrets and tokens. Nothing here reuses a developer's database, .env or cache.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { freePort } from '../../support/free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The TEND_* → NUXT_* mapping shared with `pnpm dev` (scripts/dev-env.mjs).
import { webEnvFromCms } from '../../../../scripts/web-env.mjs';
import { WEB_NODE_ENV, WEB_NODE_FLAGS } from '../../../../scripts/web-node-settings.mjs';
import { checkBuilds, CMS_DIR, WEB_OUTPUT } from './builds';
import { type GenerateRequest, type GenerateSummary, runGenerator } from './generate';

export interface StackTokens {
  read: string;
  preview: string;
  enquiry: string;
}

/** Shared between cms and web: the preview entry point's secret and the webhook's bearer secret. */
export interface StackSecrets {
  preview: string;
  revalidate: string;
}

/** The dashboard account the tests sign in with (created on first use: the database starts empty). */
export interface AdminCredentials {
  email: string;
  password: string;
}

/** What test files get through `inject('stack')`: plain data only. */
export interface StackInfo {
  webUrl: string;
  cmsUrl: string;
  tokens: StackTokens;
  secrets: StackSecrets;
  admin: AdminCredentials;
  runDir: string;
  logFile: string;
  /** Set by global-setup: lets a test file stop and restart the shared web server (./control.ts). */
  control?: { url: string; token: string };
}

/**
 * The web's settings for a run. Reconciliation is off by default so that "published → visible
 * within seconds" can only pass through the webhook; reconcile.test.ts restarts the web with it on.
 */
export type WebOverrides = Partial<
  Record<
    | 'NUXT_RECONCILE_INTERVAL_SECONDS'
    | 'NUXT_ARTICLES_PAGE_SIZE'
    | 'NUXT_SITEMAP_ARTICLES_PER_FILE'
    | 'NUXT_CMS_URL'
    // a wrong enquiry token, an outbox that cannot be written (consultation-outbox, operations)
    | 'NUXT_CMS_ENQUIRY_TOKEN'
    | 'NUXT_OUTBOX_DIR',
    string
  >
>;

/** What a stack of its own may change (scale tests and `pnpm bench:scale`); the shared stack uses none. */
export interface StackOptions {
  /** Generated articles added after the demo seed, before the cms first serves (./generate.ts). */
  generate?: GenerateRequest;
  /** The web's settings for every start of this stack (a start's own overrides still win). */
  web?: WebOverrides;
  /** PostgreSQL instead of the fresh SQLite file: a URL naming an empty database. */
  postgresUrl?: string;
  /**
   * Uploads in the run's own folder (TEND_PUBLIC_DIR) instead of cms/public/uploads, which the
   * shared stack uses: for a file that deletes every upload (restore-drill.test.ts).
   */
  ownUploads?: boolean;
}

const secret = (bytes = 32): string => randomBytes(bytes).toString('hex');

/** Not the default (90), so a test can tell that the privacy notice reads the configuration. */
export const RETENTION_DAYS = 45;

// The bench and other e2e files take it from here.
export { freePort };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process group we started, so that even a crashing runner leaves nothing behind. */
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

export class Stack implements StackInfo {
  readonly runDir: string;
  readonly logFile: string;
  readonly tokens: StackTokens = { read: secret(), preview: secret(), enquiry: secret() };
  readonly secrets: StackSecrets = { preview: secret(), revalidate: secret() };
  readonly admin: AdminCredentials = { email: `e2e-${secret(4)}@tend.test`, password: `Tend-${secret(8)}-Aa1` };
  cmsUrl = '';
  webUrl = '';

  private readonly log: WriteStream;
  private readonly cmsEnv: NodeJS.ProcessEnv;
  private cms: ChildProcess | undefined;
  private web: ChildProcess | undefined;
  private cmsPort = 0;
  private webPort = 0;
  private readonly webDefaults: WebOverrides;
  /** Set when the stack generated articles: how long that took. */
  generation: GenerateSummary | undefined;

  private constructor(options: StackOptions) {
    this.webDefaults = options.web ?? {};
    this.runDir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
    this.logFile = join(this.runDir, 'stack.log');
    this.log = createWriteStream(this.logFile, { flags: 'a' });
    this.cmsEnv = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      ...(options.postgresUrl
        ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: options.postgresUrl }
        : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(this.runDir, 'cms', 'data.db') }),
      ...(options.ownUploads ? { TEND_PUBLIC_DIR: join(this.runDir, 'cms', 'public') } : {}),
      APP_KEYS: [secret(16), secret(16), secret(16), secret(16)].join(','),
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      TEND_WEB_READ_TOKEN: this.tokens.read,
      TEND_WEB_PREVIEW_TOKEN: this.tokens.preview,
      TEND_ENQUIRY_TOKEN: this.tokens.enquiry,
      TEND_SEED_ON_EMPTY: 'true',
      TEND_ENQUIRY_RETENTION_DAYS: String(RETENTION_DAYS),
      // Scheduled changes are looked for every 2 s (20 s in production), so scheduled-publish.test.ts waits seconds, not a minute.
      TEND_SCHEDULER_INTERVAL_SECONDS: '2',
      STRAPI_LOG_LEVEL: 'warn',
      STRAPI_TELEMETRY_DISABLED: 'true',
      // Strapi reads cms/.env (a developer's dev secrets and settings) unless told otherwise:
      // point it at a file that does not exist, so the run depends on this environment only.
      ENV_PATH: join(this.runDir, 'cms', 'no-such.env'),
    };
    mkdirSync(join(this.runDir, 'cms'));
    // Strapi refuses to start without its uploads folder.
    if (this.cmsEnv.TEND_PUBLIC_DIR) mkdirSync(join(this.cmsEnv.TEND_PUBLIC_DIR, 'uploads'), { recursive: true });
  }

  /** Checks the builds, starts cms (which seeds its empty database) then web; throws with the log tail. */
  static async start(options: StackOptions = {}): Promise<Stack> {
    checkBuilds();
    const stack = new Stack(options);
    try {
      // Both ports first: the cms needs the web's address (preview links, webhook) when it boots.
      stack.cmsPort = await freePort();
      do stack.webPort = await freePort();
      while (stack.webPort === stack.cmsPort);
      stack.cmsUrl = `http://127.0.0.1:${stack.cmsPort}`;
      stack.webUrl = `http://127.0.0.1:${stack.webPort}`;
      Object.assign(stack.cmsEnv, {
        PUBLIC_URL: stack.cmsUrl,
        TEND_WEB_URL: stack.webUrl,
        TEND_PREVIEW_SECRET: stack.secrets.preview,
        TEND_WEB_REVALIDATE_URL: `${stack.webUrl}/api/revalidate`,
        TEND_REVALIDATE_SECRET: stack.secrets.revalidate,
      });
      if (options.generate) await stack.generate(options.generate);
      await stack.startCms();
      await stack.expectSeeded();
      await stack.startWeb();
      return stack;
    } catch (error) {
      await stack.stop();
      throw new Error(`${(error as Error).message}\n${stack.tail()}`, { cause: error });
    }
  }

  info(): StackInfo {
    const { webUrl, cmsUrl, tokens, secrets, admin, runDir, logFile } = this;
    return { webUrl, cmsUrl, tokens, secrets, admin, runDir, logFile };
  }

  /**
   * TEND_SEED_ON_EMPTY=true makes the cms load the demo content (6 published articles, 1 draft,
   * 9 topics, the practice) while it boots on the empty database. A build from before that
   * switch would start empty and fail every test obscurely, so say so here instead.
   */
  private async expectSeeded(): Promise<void> {
    const response = await fetch(`${this.cmsUrl}/api/articles?status=published&pagination[pageSize]=1`, {
      headers: { Authorization: `Bearer ${this.tokens.read}` },
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => null)) as { meta?: { pagination?: { total?: number } } } | null;
    const total = body?.meta?.pagination?.total ?? 0;
    if (!response.ok || total === 0) {
      throw new Error(
        `the cms started without the demo content (GET /api/articles → ${response.status}, ${total} published): `
        + 'TEND_SEED_ON_EMPTY=true should seed the empty database; is cms/dist older than that switch? Rebuild with `pnpm --filter @tend/cms build`.',
      );
    }
  }

  /**
   * Seeds the empty database and adds generated articles in one Strapi process, before the cms
   * serves (SQLite allows one writer, and the generator keeps its thousands of creations from the
   * webhook): the cms then boots on a full archive, as after an import.
   */
  private async generate(request: GenerateRequest): Promise<void> {
    const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LANG: 'C.UTF-8' };
    this.write(`--- [generate] ${new Date().toISOString()} ${request.count} articles\n`);
    this.generation = await runGenerator(request, { ...base, ...this.cmsEnv, PORT: String(this.cmsPort) }, (line) => this.write(`[generate] ${line}\n`));
  }

  /** The cms's settings (database, uploads, secrets), e.g. to run `pnpm backup` against this stack. */
  cmsEnvironment(): NodeJS.ProcessEnv {
    return { ...this.cmsEnv };
  }

  /**
   * With both servers stopped: deletes the SQLite database, the uploads (own folder only) and
   * everything the web kept (cache, outbox), as a lost disk would. A PostgreSQL database is the
   * caller's to empty.
   */
  wipeData(): void {
    if (this.cms || this.web) throw new Error('stop the cms and the web before wiping their data');
    const dbFile = this.cmsEnv.DATABASE_FILENAME;
    if (dbFile) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
    if (this.cmsEnv.TEND_PUBLIC_DIR) rmSync(this.cmsEnv.TEND_PUBLIC_DIR, { recursive: true, force: true });
    rmSync(join(this.runDir, 'web'), { recursive: true, force: true });
  }

  /** The web server's process id (its memory is read from /proc), or null when it is stopped. */
  webPid(): number | null {
    return this.web?.pid ?? null;
  }

  /** Starts the cms on its port (same database every time) and waits for /_health → 204. */
  async startCms(): Promise<void> {
    if (this.cms) throw new Error('the cms is already running');
    const env = { ...this.cmsEnv, PORT: String(this.cmsPort) };
    this.cms = this.spawn('cms', join(CMS_DIR, 'node_modules', '.bin', 'strapi'), ['start'], CMS_DIR, env);
    await this.waitFor('cms', this.cms, `${this.cmsUrl}/_health`, (status) => status === 204, 90_000);
  }

  async stopCms(): Promise<void> {
    await this.kill(this.cms);
    this.cms = undefined;
  }

  /**
   * Starts the web on its port. Its working directory (and so its on-disk CMS-data cache) is kept
   * across restarts, as on a real server; `overrides` change its settings for this start only.
   */
  async startWeb(overrides: WebOverrides = {}): Promise<void> {
    if (this.web) throw new Error('the web is already running');
    // A working directory of its own: whatever the server writes relative to it starts empty.
    const cwd = join(this.runDir, 'web');
    mkdirSync(cwd, { recursive: true });
    const env: NodeJS.ProcessEnv = {
      ...WEB_NODE_ENV,
      NODE_ENV: 'production',
      PORT: String(this.webPort),
      HOST: '127.0.0.1',
      NITRO_HOST: '127.0.0.1',
      // Tokens, secrets and addresses as the cms has them (PUBLIC_URL is this.cmsUrl).
      ...webEnvFromCms(this.cmsEnv, this.cmsUrl),
      NUXT_ARTICLES_PAGE_SIZE: '4',
      NUXT_CACHE_DIR: join(cwd, 'cache'),
      NUXT_RECONCILE_INTERVAL_SECONDS: '0',
      // The site-wide ceiling on consultation requests (30 per 10 minutes by default) is tested in
      // unit tests; the suite's many readers from a few loopback addresses must not reach it.
      NUXT_ENQUIRY_SITE_RATE_LIMIT: '500',
      ...this.webDefaults,
      ...overrides,
    };
    // Node's settings as production has them (scripts/web-node-settings.mjs), so the figures are the same.
    this.web = this.spawn('web', process.execPath, [...WEB_NODE_FLAGS, join(WEB_OUTPUT, 'server', 'index.mjs')], cwd, env);
    // Any HTTP answer means the server is up; the tests judge what it answered.
    await this.waitFor('web', this.web, `${this.webUrl}/`, () => true, 60_000);
  }

  /** Stops the web only (the cms keeps running, its webhook deliveries now fail). */
  async stopWeb(): Promise<void> {
    await this.kill(this.web);
    this.web = undefined;
  }

  /**
   * Stops web then cms (SIGTERM, then SIGKILL after 10 s) and removes what the run created:
   * its uploads in cms/public/uploads, the database and the web's cache. The log stays.
   * Safe to call twice.
   */
  async stop(): Promise<void> {
    await this.kill(this.web);
    this.web = undefined;
    await this.kill(this.cms);
    this.cms = undefined;
    await this.removeOwnUploads().catch((error: Error) => this.write(`--- could not remove uploads: ${error.message}\n`));
    rmSync(join(this.runDir, 'cms'), { recursive: true, force: true });
    rmSync(join(this.runDir, 'web'), { recursive: true, force: true });
    if (!this.log.writableEnded) await new Promise<void>((resolve) => this.log.end(resolve));
  }

  /**
   * Strapi's local upload provider writes into cms/public/uploads whatever the database, so the
   * seed's covers of every run land there. Delete exactly the files this run's database names.
   */
  private async removeOwnUploads(): Promise<void> {
    const dbFile = this.cmsEnv.DATABASE_FILENAME;
    // Own uploads folder: removed with the run's cms folder.
    if (!dbFile || this.cmsEnv.TEND_PUBLIC_DIR || !existsSync(dbFile)) return;
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(dbFile, { readOnly: true });
    try {
      const rows = db.prepare('SELECT url, formats FROM files').all() as { url: string; formats: string | null }[];
      const urls = rows.flatMap((row) => [
        row.url,
        ...Object.values((row.formats ? JSON.parse(row.formats) : {}) as Record<string, { url: string }>).map((f) => f.url),
      ]);
      const uploads = join(CMS_DIR, 'public', 'uploads');
      for (const url of urls) {
        const name = /^\/uploads\/([^/]+)$/.exec(url)?.[1];
        if (name) rmSync(join(uploads, name), { force: true });
      }
    } finally {
      db.close();
    }
  }

  /** The last lines of both servers' output, for failure messages. */
  tail(lines = 60): string {
    return logTail(this.logFile, lines);
  }

  private spawn(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
    const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LANG: 'C.UTF-8' };
    // Own process group (detached), so the whole tree — shims included — can be signalled at once.
    const child = spawn(command, args, { cwd, env: { ...base, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    liveGroups.add(child.pid!);
    this.write(`--- [${name}] ${new Date().toISOString()} ${command} ${args.join(' ')} (pid ${child.pid})\n`);
    for (const stream of [child.stdout!, child.stderr!]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const text = partial + chunk;
        const lines = text.split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) this.write(`[${name}] ${line}\n`);
      });
      stream.on('end', () => {
        if (partial) this.write(`[${name}] ${partial}\n`);
      });
    }
    child.once('exit', (code, signal) => {
      this.write(`--- [${name}] exited (code ${code}, signal ${signal})\n`);
    });
    return child;
  }

  private write(text: string): void {
    if (!this.log.writableEnded) this.log.write(text);
  }

  private async waitFor(
    name: string,
    child: ChildProcess,
    url: string,
    ready: (status: number) => boolean,
    timeoutMs: number,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${name} exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`);
      }
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
        await response.arrayBuffer();
        if (ready(response.status)) return;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(200);
    }
    throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s (last: ${last})`);
  }

  private async kill(child: ChildProcess | undefined): Promise<void> {
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) {
      if (child?.pid) liveGroups.delete(child.pid);
      return;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // the group is gone already
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    // Let the rest of the group (if any) finish too.
    signal('SIGKILL');
    liveGroups.delete(child.pid);
  }
}

export function logTail(logFile: string, lines = 60): string {
  if (!existsSync(logFile)) return `(no log at ${logFile})`;
  const all = readFileSync(logFile, 'utf8').trimEnd().split('\n');
  return [`--- last ${Math.min(lines, all.length)} lines of ${logFile}`, ...all.slice(-lines)].join('\n');
}
