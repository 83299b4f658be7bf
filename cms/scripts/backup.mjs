// `pnpm backup [--out <folder>]`: one archive of the cms's database, uploads and a manifest, in
// TEND_BACKUP_DIR (default: backups/ at the repository root, ignored by git). Encrypted when
// TEND_BACKUP_KEY is set. Prints the archive's path; see docs/deployment.md#backups.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from './backup/create-backup.mjs';
import { runCommand } from './backup/command.mjs';
import { loadCmsEnv, REPO_DIR } from './backup/settings.mjs';

await runCommand(async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  loadCmsEnv();
  const base = process.env.INIT_CWD ?? process.cwd();
  const outDir = values.out ? resolve(base, values.out) : resolve(REPO_DIR, process.env.TEND_BACKUP_DIR || 'backups');
  const { file, manifest } = await createBackup({ outDir });
  console.log(`Backup written: ${file}`);
  console.log(`  ${manifest.database.kind} database, ${manifest.uploads.count} uploaded files, ${file.endsWith('.enc') ? 'encrypted' : 'not encrypted (set TEND_BACKUP_KEY to encrypt)'}`);
});
