import https from 'node:https';

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpsFromOptions {
  port: number;
  ca: Buffer;
  /** The client's own address, e.g. 127.0.0.2: loopback answers on all of 127.0.0.0/8. */
  localAddress: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
}

/** One HTTPS request to the proxy on loopback, sent from a chosen client address. */
export function httpsFrom(options: HttpsFromOptions): Promise<HttpsAnswer> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: '127.0.0.1',
        port: options.port,
        servername: 'localhost',
        ca: options.ca,
        localAddress: options.localAddress,
        method: options.method,
        path: options.path,
        agent: false,
        headers: {
          Host: `localhost:${options.port}`,
          ...(body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : {}),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
