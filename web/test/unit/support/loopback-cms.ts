// A stand-in for Strapi's `POST /api/enquiries` on a real loopback HTTP server: it stores by
// submission id exactly like the cms controller (201 new, 200 with the existing receipt for a
// repeat), and each test can make it misbehave (5xx, 429, 400, a dropped connection, silence).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  /** Store (or find) and answer 201/200 like the cms. */
  | 'normal'
  /** Store, then drop the connection without answering: the sender cannot know it arrived. */
  | 'store-then-drop'
  /** Never answer (the sender's timeout must fire). */
  | 'hang'
  | { status: number; body?: unknown };

export interface LoopbackCms {
  url: string;
  token: string;
  /** Stored requests by submission id. */
  stored: Map<string, Record<string, unknown>>;
  /** Every request received, in order (including refused ones). */
  received: { authorization: string | undefined; body: unknown }[];
  /** Decides how to answer the next requests (first in first out; 'normal' when empty). */
  behave(...next: Behaviour[]): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startLoopbackCms(token = 'test-enquiry-token'): Promise<LoopbackCms> {
  const stored = new Map<string, Record<string, unknown>>();
  const received: LoopbackCms['received'] = [];
  const queue: Behaviour[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    received.push({ authorization: req.headers.authorization, body });
    if (req.method !== 'POST' || req.url !== '/api/enquiries') return send(res, 404, { error: { status: 404 } });
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: { status: 401 } });
    const behaviour = queue.shift() ?? 'normal';
    if (behaviour === 'hang') {
      hanging.add(res);
      return;
    }
    if (typeof behaviour === 'object') return send(res, behaviour.status, behaviour.body ?? {});
    const data = (body as { data?: Record<string, unknown> } | null)?.data ?? {};
    const id = String(data.submissionId);
    const receipt = { documentId: `doc-${id}`, createdAt: '2026-11-28T10:00:00.000Z' };
    if (stored.has(id)) return send(res, 200, { data: receipt });
    stored.set(id, data);
    if (behaviour === 'store-then-drop') return req.socket.destroy();
    send(res, 201, { data: receipt });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    stored,
    received,
    behave: (...next) => queue.push(...next),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An address on loopback where nothing listens: "the CMS is down". */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
