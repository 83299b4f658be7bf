// Load generation with Debian's wrk (C, one thread): it costs far less CPU per request than a
// Node load generator, so on a 2-core machine the figure is the server's, not the client's.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LoadOptions {
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Ask wrk for its latency distribution (its 50th percentile becomes `p50Ms`). */
  latency?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  /** Answers that were not 2xx/3xx, and socket errors: any of them spoils the figure. */
  bad: number;
  /** wrk's 50th percentile latency, when asked for (`latency: true`). */
  p50Ms?: number;
}

/** Runs wrk against `url`; throws when it cannot, or when any answer was an error. */
export async function load(wrk: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const latency = options.latency ? ['--latency'] : [];
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '10s', ...latency, ...headerArgs, url];
  const { stdout } = await run(wrk, args, { timeout: (options.seconds + 30) * 1000 });
  const result = parseWrk(stdout);
  if (result.bad > 0) throw new Error(`${result.bad} of ${result.requests} requests to ${url} failed (wrk: ${stdout.replace(/\s+/g, ' ').trim()})`);
  return result;
}

export function parseWrk(output: string): LoadResult {
  const number = (pattern: RegExp): number => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  const requestsPerSecond = number(/Requests\/sec:\s+([\d.]+)/);
  if (Number.isNaN(requestsPerSecond)) throw new Error(`unexpected wrk output: ${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((total, n) => total + Number(n), 0) : 0;
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const p50 = /^\s*50%\s+([\d.]+)(us|ms|s)\s*$/m.exec(output);
  const unit = { us: 0.001, ms: 1, s: 1000 } as const;
  const p50Ms = p50 ? Number(p50[1]) * unit[p50[2] as keyof typeof unit] : undefined;
  return { requestsPerSecond, requests: number(/(\d+) requests in/), bad: socketErrors + (non2xx ? Number(non2xx[1]) : 0), p50Ms };
}
