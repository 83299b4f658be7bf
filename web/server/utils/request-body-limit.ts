import type { IncomingMessage } from 'node:http';

/**
 * How many bytes of request body each route may send, counted as they are read (chunked bodies
 * have no Content-Length to trust). Nothing on this site takes uploads: readers send a form,
 * the cms sends its webhook.
 */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Strapi's webhook carries the whole entry (a long article's blocks included). */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

/** Routes that read their own body with a smaller limit while streaming (the consultation form). */
const READS_OWN_BODY = new Set(['/api/consultation', '/consultation']);

/** The limit for a request, or null when the route reads (and limits) the body itself. */
export function bodyLimitFor(method: string, pathname: string): number | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (method === 'POST' && READS_OWN_BODY.has(path)) return null;
  if (method === 'POST' && path === '/api/revalidate') return WEBHOOK_BODY_LIMIT;
  return DEFAULT_BODY_LIMIT;
}

export function hasRequestBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * The body, read up to `limit` bytes; null as soon as it is larger (the rest is never read, and
 * a declared Content-Length over the limit is refused before reading anything).
 */
export function readBodyUpTo(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => req.off('data', onData).off('end', onEnd).off('error', onError);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      req.pause();
      resolve(null);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
