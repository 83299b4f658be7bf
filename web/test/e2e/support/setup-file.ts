// Loaded before every e2e file (setupFiles): a failed test prints the servers' recent output.
import { beforeEach, inject } from 'vitest';
import { failureLog } from './context';
import { logTail } from './stack';

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    const file = failureLog.file ?? inject('stack')?.logFile;
    if (file) console.error(logTail(file, 40));
  });
});
