// Test files run in workers of their own, while the shared stack lives in vitest's main process
// (global-setup). This small loopback endpoint lets a file stop and restart the shared web server
// — to play a webhook receiver that is down — without paying for a second stack.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Stack, StackInfo, WebOverrides } from './stack';

const ALLOWED_OVERRIDES = new Set<string>(['NUXT_RECONCILE_INTERVAL_SECONDS', 'NUXT_OUTBOX_DIR']);

export interface ControlServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Serves `POST /web/stop` and `POST /web/start` (JSON body: WebOverrides) on 127.0.0.1, one at a time. */
export async function serveControl(stack: Stack): Promise<ControlServer> {
  const token = randomBytes(24).toString('hex');
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const reply = (status: number, message: string) => response.writeHead(status, { 'content-type': 'text/plain' }).end(message);
      if (request.headers.authorization !== `Bearer ${token}`) return reply(401, 'unauthorised');
      let overrides: WebOverrides = {};
      try {
        overrides = body ? (JSON.parse(body) as WebOverrides) : {};
      } catch {
        return reply(400, 'body must be JSON');
      }
      const unknown = Object.keys(overrides).filter((key) => !ALLOWED_OVERRIDES.has(key));
      if (unknown.length > 0) return reply(400, `not overridable: ${unknown.join(', ')}`);
      const action
        = request.method === 'POST' && request.url === '/web/stop'
          ? () => stack.stopWeb()
          : request.method === 'POST' && request.url === '/web/start'
            ? () => stack.startWeb(overrides)
            : null;
      if (!action) return reply(404, 'unknown action');
      queue = queue.then(action).then(
        () => reply(200, 'ok'),
        (error: Error) => reply(500, `${error.message}\n${stack.tail(20)}`),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function call(info: StackInfo, path: string, body: WebOverrides = {}): Promise<void> {
  if (!info.control) throw new Error('This stack cannot be controlled from a test file (no control endpoint in global-setup).');
  const response = await fetch(`${info.control.url}${path}`, {
    method: 'POST',
    headers: { 'Authorization': `Bearer ${info.control.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(90_000),
  });
  if (!response.ok) throw new Error(`${path} → ${response.status}: ${await response.text()}`);
}

/** Stops the shared web server: the cms keeps running, and its webhook deliveries now fail. */
export const stopWeb = (info: StackInfo): Promise<void> => call(info, '/web/stop');

/** Starts it again on the same port with the same on-disk cache; `overrides` hold until the next start. */
export const startWeb = (info: StackInfo, overrides: WebOverrides = {}): Promise<void> => call(info, '/web/start', overrides);
