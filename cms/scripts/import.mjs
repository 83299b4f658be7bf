// `pnpm run import wordpress <export.xml>` / `pnpm run import markdown <folder>`: imports an old blog
// into the configured database and prints the report (the same one the dashboard's Import page
// shows). `--dry-run` only plans and reports. (`pnpm import` alone is pnpm's own lockfile command.)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { loadStrapi } from './load-strapi.mjs';

const usage = `Usage:
  pnpm run import wordpress <export.xml> [--dry-run] [--pages] [--uploads <folder>] [--offline] [--json <report.json>]
  pnpm run import markdown <folder> [--dry-run] [--json <report.json>]

  --dry-run        plan only: print what would be imported, lost or changed, and change nothing
  --pages          import WordPress pages as articles too
  --uploads DIR    take images from a copy of the old site's wp-content/uploads folder
  --offline        do not fetch images from the old site's addresses (they are listed as missing)
  --json FILE      also write the report as JSON`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    'pages': { type: 'boolean', default: false },
    'uploads': { type: 'string' },
    'offline': { type: 'boolean', default: false },
    'json': { type: 'string' },
    'help': { type: 'boolean', default: false },
  },
});
const [kind, input] = positionals;
if (values.help || !['wordpress', 'markdown'].includes(kind ?? '') || !input) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
// pnpm runs scripts in cms/; paths given on the command line are relative to where it was typed.
const here = process.env.INIT_CWD ?? process.cwd();
const resolved = (p) => path.resolve(here, p);

// Strapi's start-up lines would drown the report on stdout.
process.env.STRAPI_LOG_LEVEL ??= 'warn';
const { strapi, compiled } = await loadStrapi(['src', 'import', 'import-service.js']);
let exitCode = 0;
try {
  const { importService } = compiled('src', 'import', 'import-service.js');
  const service = importService(strapi);
  const source = kind === 'wordpress' ? { kind, bytes: fs.readFileSync(resolved(input)) } : { kind, folder: resolved(input) };
  const options = {
    importPages: values.pages,
    uploadsFolder: values.uploads ? resolved(values.uploads) : undefined,
    fetchRemote: !values.offline,
    onProgress: (done, total) => process.stderr.write(`\r${done}/${total} articles`),
  };
  const report = values['dry-run'] ? await service.dryRun(source, options) : await service.run(source, options);
  process.stderr.write('\n');
  console.log(service.text(report));
  if (values.json) fs.writeFileSync(resolved(values.json), `${JSON.stringify(report, null, 2)}\n`);
  if (report.run?.articles.some((a) => a.result === 'failed')) exitCode = 1;
} catch (error) {
  console.error(error instanceof Error && error.name === 'ImportInputError' ? error.message : error);
  exitCode = 1;
} finally {
  await strapi.destroy();
}
process.exit(exitCode);
