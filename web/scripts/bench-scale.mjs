// `pnpm bench:scale [--sizes 100,2000,10000] [--db sqlite|postgres]`: hands the options to the
// `scale` vitest project (test/bench/scale.ts) through the environment, since vitest refuses
// options it does not know. TEND_SCALE_SIZES / TEND_SCALE_DB set directly work as well.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  // `pnpm run x -- --sizes 100` hands the script a literal "--".
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { sizes: { type: 'string' }, db: { type: 'string' } },
});
const env = { ...process.env };
if (values.sizes) env.TEND_SCALE_SIZES = values.sizes;
if (values.db) env.TEND_SCALE_DB = values.db;

const webDir = dirname(dirname(fileURLToPath(import.meta.url)));
const vitest = join(webDir, 'node_modules', '.bin', 'vitest');
const child = spawn(vitest, ['run', '--project', 'scale'], { cwd: webDir, env, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
