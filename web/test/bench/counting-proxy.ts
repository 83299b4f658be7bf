// A tiny HTTP proxy between the web and the cms (the web's NUXT_CMS_URL points at it) that counts
// what the web reads: how many requests and how many response bytes, as they crossed the wire.
import { createServer, request } from 'node:http';

export interface CmsTraffic {
  requests: number;
  bytes: number;
}

export interface CountingProxy {
  url: string;
  /** Traffic since the last reset. */
  traffic(): CmsTraffic;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  let counted: CmsTraffic = { requests: 0, bytes: 0 };
  const server = createServer((incoming, outgoing) => {
    counted.requests += 1;
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (counted.bytes += chunk.length));
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  // The web keeps connections alive; without this, close() would wait for them.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    traffic: () => ({ ...counted }),
    reset: () => {
      counted = { requests: 0, bytes: 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
