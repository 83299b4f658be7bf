// Strapi's own generated types (types/generated/*.d.ts): the cms half of `pnpm gen:types` and
// `pnpm gen:check`. Usage: node scripts/strapi-types.mjs [--check] [--against <dir>]
//
// `strapi ts:generate-types` writes into a temp folder (it compiles the app into dist/ and loads
// the configuration, so missing secrets get throwaway values for that process only, see
// throwaway-secrets.mjs). Then the files replace types/generated/, or with --check are only
// compared, naming each one that differs. --against checks another folder (the tests use it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { STRAPI_TYPE_FILES, staleStrapiTypes } from './strapi-types/stale.mjs';
import { withThrowawaySecrets } from './throwaway-secrets.mjs';

const STALE_MESSAGE = 'Strapi\'s generated types are stale: run pnpm gen:types';

const appDir = dirname(dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    against: { type: 'string', default: join(appDir, 'types', 'generated') },
  },
});
const target = resolve(values.against);
const shown = (file) => relative(process.cwd(), join(target, file));
const strapiCli = join(dirname(createRequire(import.meta.url).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

const scratch = mkdtempSync(join(tmpdir(), 'tend-strapi-types-'));
try {
  // Strapi joins --out-dir onto the app folder (and adds generated/), so it must be relative.
  const result = spawnSync(process.execPath, [strapiCli, 'ts:generate-types', '--silent', '--out-dir', relative(appDir, scratch)], {
    cwd: appDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: withThrowawaySecrets(process.env),
  });
  const fresh = join(scratch, 'generated');
  // The command exits 0 even when a generator failed, so the files themselves are the proof.
  const notWritten = STRAPI_TYPE_FILES.filter((file) => !existsSync(join(fresh, file)));
  if (result.status !== 0 || notWritten.length > 0) {
    console.error(`strapi ts:generate-types failed (exit ${result.status}${notWritten.length ? `, did not write ${notWritten.join(', ')}` : ''}).`);
    process.exitCode = 1;
  } else {
    const stale = staleStrapiTypes(fresh, target);
    if (values.check) {
      for (const { file, problem } of stale) console.error(`  ${shown(file)}: ${problem}`);
      if (stale.length > 0) {
        console.error(STALE_MESSAGE);
        process.exitCode = 1;
      } else {
        console.log('Strapi\'s generated types are up to date.');
      }
    } else {
      mkdirSync(target, { recursive: true });
      for (const { file } of stale) {
        copyFileSync(join(fresh, file), join(target, file));
        console.log(`strapi types: wrote ${shown(file)}`);
      }
      if (stale.length === 0) console.log('Strapi\'s generated types are up to date.');
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
