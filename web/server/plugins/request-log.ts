import { randomUUID } from 'node:crypto';
import type { H3Event } from 'h3';
import pino from 'pino';

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

/**
 * One write per request to a pipe (how a supervisor, systemd or Docker reads stdout) is a blocking
 * system call that waits whenever the reader is slow: 18% of the CPU time of a cached page under
 * load went there. pino's asynchronous destination gathers lines and writes them in batches, and
 * a timer flushes a quiet server's last lines within a second.
 */
const FLUSH_EVERY_MS = 1_000;

function requestLogger() {
  const logger = pino(
    {
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ dest: 1, sync: false, minLength: 4096 }),
  );
  setInterval(() => logger.flush(), FLUSH_EVERY_MS).unref();
  return logger;
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
  const logger = requestLogger();
  nitroApp.hooks.hook('close', () => logger.flush());
  nitroApp.hooks.hook('afterResponse', (event) => {
    const started = event.context.requestLog;
    if (!started) return;
    const status = event.node.res.statusCode;
    const fields: Omit<RequestLogLine, 'time' | 'level' | 'msg'> = {
      requestId: started.id,
      method: event.method,
      path: event.path.split('?')[0]!,
      status,
      durationMs: Math.round((performance.now() - started.startedAt) * 10) / 10,
    };
    const level: RequestLogLine['level'] = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    logger[level](fields, 'request');
  });
});
