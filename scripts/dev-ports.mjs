// The ports of `pnpm dev`, from the environment like the cms's own PORT, so two checkouts (or a
// port already taken) need no file edits: `PORT=1437 WEB_PORT=3100 MAIL_PORT=1125 pnpm dev`.

/** The cms, web and mail ports: the environment first, then cms/.env, then the defaults. */
export function devPorts(environment, cmsEnv) {
  return {
    cms: environment.PORT ?? cmsEnv.PORT ?? '1337',
    web: environment.WEB_PORT ?? '3000',
    mail: environment.MAIL_PORT ?? cmsEnv.SMTP_PORT ?? '1025',
  };
}

/** What the cms must know about the ports: its own, where the website is, where to send mail. */
export function cmsPortSettings(ports) {
  return {
    PORT: ports.cms,
    PUBLIC_URL: `http://localhost:${ports.cms}`,
    TEND_WEB_URL: `http://localhost:${ports.web}`,
    TEND_WEB_REVALIDATE_URL: `http://127.0.0.1:${ports.web}/api/revalidate`,
    SMTP_PORT: ports.mail,
  };
}

/** What the web must know: its own port (read by `nuxt dev`), where the cms and the dashboard are. */
export function webPortSettings(ports) {
  return {
    PORT: ports.web,
    NUXT_CMS_URL: `http://127.0.0.1:${ports.cms}`,
    NUXT_ADMIN_ORIGIN: `http://localhost:${ports.cms}`,
    NUXT_PUBLIC_SITE_URL: `http://localhost:${ports.web}`,
  };
}
