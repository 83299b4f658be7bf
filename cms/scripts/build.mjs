// `pnpm build` for the cms: compiles the TypeScript and the dashboard (with throwaway values for
// missing secrets, see throwaway-secrets.mjs).
import { spawnSync } from 'node:child_process';
import { withThrowawaySecrets } from './throwaway-secrets.mjs';

const result = spawnSync('strapi', ['build', ...process.argv.slice(2)], { stdio: 'inherit', env: withThrowawaySecrets(process.env), shell: false });
process.exit(result.status ?? 1);
