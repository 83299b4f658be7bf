// `NODE_ENV=production pnpm start`: the built cms and web as two processes (after `pnpm build`).
// Settings come from the environment only (docs/deployment.md); nothing is generated here.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, supervise, waitForHttp } from './processes.mjs';
import { WEB_NODE_ENV, WEB_NODE_FLAGS } from './web-node-settings.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
for (const built of ['cms/dist', 'web/.output/server/index.mjs']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const add = supervise();
add(start('cms', 'pnpm', ['--filter', '@tend/cms', 'run', 'start'], { env: process.env }));
await waitForHttp(`http://127.0.0.1:${process.env.PORT ?? 1337}/_health`, { label: 'the cms' });
// The web's working directory is web/, wherever this is started from: its data folder (CMS cache
// and consultation outbox, personal data) is then web/.data, git-ignored, as in development.
// Its live data is small (pages and CMS data live on disk or in Redis): Node runs it with a
// small heap and few malloc arenas (scripts/web-node-settings.mjs; docs/deployment.md, "Memory").
add(
  start('web', 'node', [...WEB_NODE_FLAGS, join(root, 'web/.output/server/index.mjs')], {
    cwd: join(root, 'web'),
    env: { ...WEB_NODE_ENV, ...process.env, PORT: process.env.WEB_PORT ?? '3000' },
  }),
);
