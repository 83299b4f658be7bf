// Small helpers to run the cms and web as child processes and wait for them. Each child gets its
// own process group, so stopping it also stops what it started (pnpm → strapi → workers).
import { spawn } from 'node:child_process';

export function start(name, command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
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

function stopGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Stops every child on Ctrl-C, and everything when one of them dies; `onStop` runs last (e.g. to
 * close the mail server) and the process exits. Returns add(child).
 */
export function supervise({ onStop = async () => {} } = {}) {
  const children = [];
  let stopping = false;
  const stopAll = async (signal = 'SIGTERM', code = 0) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) stopGroup(child, signal);
    await onStop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll('SIGINT'));
  process.on('SIGTERM', () => void stopAll('SIGTERM'));
  process.on('exit', () => children.forEach((child) => stopGroup(child, 'SIGTERM')));
  return (child) => {
    children.push(child);
    child.on('exit', (code) => void stopAll('SIGTERM', code ?? 1));
    return child;
  };
}
