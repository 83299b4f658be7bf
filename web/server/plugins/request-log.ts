import { randomUUID } from 'node:crypto';
import type { H3Event } from 'h3';

/**
 * Every response carries an `X-Request-Id` (the proxy's, when it is trusted to send one, else a
 * new one), so a reader's report ("it failed at 10:02") can be matched to one log line. In
 * production each request is logged as one JSON line: id, method, path without its query (a
 * query may carry a secret), status and duration. Never an address, a header or a body.
 */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

function requestId(event: H3Event, trustProxy: boolean): string {
  const incoming = trustProxy ? getRequestHeader(event, 'x-request-id') : undefined;
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export interface RequestLogLine {
  time: string;
  level: 'info' | 'warn' | 'error';
  msg: 'request';
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
}

export default defineNitroPlugin((nitroApp) => {
  const logRequests = process.env.NODE_ENV === 'production';
  const trustProxy = String(useRuntimeConfig().trustProxy) === 'true';

  nitroApp.hooks.hook('request', (event) => {
    const id = requestId(event, trustProxy);
    event.context.requestLog = { id, startedAt: performance.now() };
    setResponseHeader(event, 'X-Request-Id', id);
  });

  if (!logRequests) return;
  nitroApp.hooks.hook('afterResponse', (event) => {
    const started = event.context.requestLog;
    if (!started) return;
    const status = event.node.res.statusCode;
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      msg: 'request',
      requestId: started.id,
      method: event.method,
      path: event.path.split('?')[0]!,
      status,
      durationMs: Math.round((performance.now() - started.startedAt) * 10) / 10,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
});
