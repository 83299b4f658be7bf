// Small helpers to run the cms and web as child processes and wait for them.
import { spawn } from 'node:child_process';

export function start(name, command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM' && signal !== 'SIGINT') console.log(`[tend] ${name} exited (${code ?? signal})`);
  });
  return child;
}

export async function waitForHttp(url, { timeoutMs = 300_000, label = url } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${label} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Stops every child on Ctrl-C, and everything when one of them dies; returns add(child). */
export function supervise() {
  const children = [];
  const stopAll = (signal = 'SIGTERM') => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  return (child) => {
    children.push(child);
    child.on('exit', (code) => {
      stopAll();
      process.exitCode = code ?? 1;
    });
    return child;
  };
}
