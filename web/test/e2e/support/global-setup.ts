// One stack for every e2e file: started once, URLs, tokens and secrets handed to the files with
// `provide`, stopped at the end. Files read them with `stackInfo()` from ./context; a file that
// must stop and restart the web does it through the control endpoint (./control.ts).
import type { TestProject } from 'vitest/node';
import { type ControlServer, serveControl } from './control';
import { Stack } from './stack';

let stack: Stack | undefined;
let control: ControlServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  stack = await Stack.start();
  control = await serveControl(stack);
  console.info(`[e2e] cms ${stack.cmsUrl} · web ${stack.webUrl} · up in ${((Date.now() - started) / 1000).toFixed(1)} s · log ${stack.logFile}`);
  project.provide('stack', { ...stack.info(), control: { url: control.url, token: control.token } });
}

export async function teardown(): Promise<void> {
  await control?.close();
  await stack?.stop();
}
