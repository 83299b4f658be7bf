import { Socket } from 'node:net';
import type { H3Event } from 'h3';

/**
 * True for Nitro's in-process calls (a page rendering `/api/...`, @nuxt/content reading its own
 * query route): they come with a mock request, never over a network socket. Anything from a
 * browser, a proxy or curl arrives on a real socket (TLS sockets are net.Sockets too).
 */
export function isInternalRequest(event: H3Event): boolean {
  return !(event.node.req.socket instanceof Socket);
}
