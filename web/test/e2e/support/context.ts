// Typed access to what global-setup provides.
import { inject } from 'vitest';
import type { StackInfo } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

export function stackInfo(): StackInfo {
  const info = inject('stack');
  if (!info) throw new Error('No e2e stack: run this file through the e2e vitest project (its globalSetup starts the stack).');
  return info;
}

/** The log printed when a test fails (see setup-file.ts); a file with its own stack points it there. */
export const failureLog: { file: string | undefined } = { file: undefined };
