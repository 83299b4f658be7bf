import { startMailServer, type MailServer } from '../../../../scripts/dev-mail-server.mjs';

/**
 * A real SMTP server on a free loopback port that keeps every message in memory (the one `pnpm dev`
 * runs), and the settings that point the cms's email at it.
 */
export async function startMailCapture(): Promise<{ mail: MailServer; smtpEnv: Record<string, string> }> {
  const mail = await startMailServer({ port: 0, dir: false, log: false });
  const smtpEnv = {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Tend <no-reply@tend.test>',
  };
  return { mail, smtpEnv };
}
