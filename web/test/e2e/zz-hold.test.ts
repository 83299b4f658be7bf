import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { stackInfo } from './support/context';
test('hold', async () => {
  writeFileSync('/tmp/devstack/info.json', JSON.stringify(stackInfo()));
  await new Promise((r) => setTimeout(r, 3_000_000));
}, 3_100_000);
