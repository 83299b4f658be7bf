// One GET over node:http, body left as it came (fetch would decompress it and hide the encoding),
// timed from the request to the last body byte.
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  contentEncoding: string;
  /** Body bytes as sent (compressed if the server compressed). */
  bytes: Buffer;
  ms: number;
}

export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentEncoding: String(res.headers['content-encoding'] ?? 'identity'),
          bytes: Buffer.concat(chunks),
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
