import type { Server } from 'node:net';

/** Starts a stand-in server (website, webhook receiver, silent SMTP) on 127.0.0.1; returns its port. */
export async function listenOnLoopback(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a TCP port');
  return address.port;
}
