// `pnpm restore <archive> [--force]`: puts a backup back into an empty cms (stop the cms first).
// Refuses a damaged, cut-short, wrongly keyed or mismatched archive before touching anything;
// refuses a cms that already holds data unless --force. See docs/deployment.md#restoring.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from './backup/command.mjs';
import { restoreBackup } from './backup/restore-backup.mjs';
import { loadCmsEnv, UsageError } from './backup/settings.mjs';

await runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('Usage: pnpm restore <archive> [--force]');
  loadCmsEnv();
  const archive = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const manifest = await restoreBackup(archive, { force: values.force });
  console.log(`Restored the backup of ${manifest.createdAt}: ${manifest.database.kind} database and ${manifest.uploads.count} uploaded files.`);
  console.log('Start the cms now; it finds its content as it was.');
});
