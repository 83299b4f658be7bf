// `pnpm dev`: the cms (Strapi, SQLite, seeded on first boot) and then the web once the cms answers.
import { ensureDevEnv } from './dev-env.mjs';
import { cmsPortSettings, devPorts, webPortSettings } from './dev-ports.mjs';
import { startMailServer } from './dev-mail-server.mjs';
import { start, supervise, waitForHttp } from './processes.mjs';

const env = ensureDevEnv();
const ports = devPorts(process.env, env);
const cmsUrl = `http://localhost:${ports.cms}`;
const webUrl = `http://localhost:${ports.web}`;

// Mail never leaves this machine in development: the cms sends to this local SMTP server.
const mail = await startMailServer({ port: Number(ports.mail) });

// Both servers let the environment win over their .env file, so other ports need no file edits.
const add = supervise({ onStop: () => mail.close() });
add(
  start('cms', 'pnpm', ['--filter', '@tend/cms', 'run', 'develop'], {
    env: { ...process.env, NODE_ENV: 'development', ...cmsPortSettings(ports) },
  }),
);

await waitForHttp(`${cmsUrl}/_health`, { label: 'the cms' });

add(start('web', 'pnpm', ['--filter', '@tend/web', 'run', 'dev'], { env: { ...process.env, ...webPortSettings(ports) } }));

console.log(`
┌──────────────────────────────────────────────────────────────┐
  Tend is running (development)
  Dashboard  ${cmsUrl}/admin
    email     ${env.TEND_DEV_ADMIN_EMAIL}
    password  ${env.TEND_DEV_ADMIN_PASSWORD}
  Website    ${webUrl}
  Mail       SMTP on 127.0.0.1:${mail.port}: each message prints here and is saved in .artifacts/mail/
  Stop with Ctrl-C. Settings: cms/.env and web/.env (generated, git-ignored).
└──────────────────────────────────────────────────────────────┘
`);
