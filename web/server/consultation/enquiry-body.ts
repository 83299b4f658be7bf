import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/** A consultation request is a few short fields and at most 1,000 characters of message. */
export const ENQUIRY_BODY_LIMIT = 16 * 1024;

/**
 * Reads the request body as text, but never more than `limit` bytes: a declared Content-Length
 * over the limit is refused before reading, and a body that turns out longer (chunked, or lying)
 * stops being read as soon as it passes the limit. null means "too large".
 */
export async function readLimitedBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return null;
  if (req.readableEnded) return '';
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: string | null) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish(null);
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => finish(Buffer.concat(chunks).toString('utf8'));
    const onError = (error: Error) => {
      req.off('data', onData).off('end', onEnd);
      reject(error);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** A form post or a JSON object, as plain fields; null for any other kind of body. */
export function parseEnquiryBody(text: string, contentType: string | undefined): Record<string, unknown> | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (type === 'application/json') {
    try {
      const value: unknown = JSON.parse(text);
      // Anything but an object is validated as an empty form: every field says what is missing.
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return null;
}

/** An IPv6 client is counted by its /64 network: one household or phone can hold many addresses. */
function ipv6Network(address: string): string {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/**
 * Who is asking, for the rate limit. Behind a reverse proxy (trustProxy) it is the address the
 * proxy appended last to X-Forwarded-For; earlier entries can be made up by the client.
 */
export function clientKey(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').map((part) => part.trim()).filter(Boolean).pop() : undefined;
  const address = (forwarded ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return isIPv6(address) ? ipv6Network(address) : address;
}
