// One stack for every e2e file: started once, URLs and tokens handed to the files with
// `provide`, stopped at the end. Files read them with `stackInfo()` from ./context.
import type { TestProject } from 'vitest/node';
import { Stack } from './stack';

let stack: Stack | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  stack = await Stack.start();
  console.info(`[e2e] cms ${stack.cmsUrl} · web ${stack.webUrl} · up in ${((Date.now() - started) / 1000).toFixed(1)} s · log ${stack.logFile}`);
  project.provide('stack', stack.info());
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}
