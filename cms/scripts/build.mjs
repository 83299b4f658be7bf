// `pnpm build` for the cms: compiles the TypeScript and the dashboard. Strapi loads the whole
// configuration to build, but nothing secret ends up in the build, so missing secrets get
// throwaway values for this one step; the server itself still refuses to start without them.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
for (const name of SECRETS) env[name] ||= randomBytes(32).toString('base64url');

const result = spawnSync('strapi', ['build', ...process.argv.slice(2)], { stdio: 'inherit', env, shell: false });
process.exit(result.status ?? 1);
