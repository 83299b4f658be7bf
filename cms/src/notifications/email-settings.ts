/**
 * Email goes through Strapi's email plugin with the nodemailer provider; every setting comes from
 * the environment. Without SMTP_HOST, email is off: the plugin gets a transport that never
 * touches the network, warns once, and refuses each message with EMAIL_OFF_CODE so that callers
 * (the enquiry notification, the dashboard's "send test email") skip or report it plainly.
 */
type EnvReader = (key: string) => string | undefined;

export const EMAIL_OFF_CODE = 'ETEND_EMAIL_OFF';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
}

export interface EmailSettings {
  /** null when SMTP_HOST is unset: nothing is sent anywhere. */
  smtp: SmtpSettings | null;
  from: string;
  replyTo?: string;
  /** The therapist's inbox for "a new consultation request arrived" (TEND_NOTIFY_EMAIL). */
  notifyTo?: string;
}

const read = (env: EnvReader, key: string): string | undefined => {
  const value = env(key)?.trim();
  return value ? value : undefined;
};

function readBoolean(env: EnvReader, key: string): boolean | undefined {
  const value = read(env, key)?.toLowerCase();
  if (value === undefined) return undefined;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new Error(`${key} must be true or false, got "${value}".`);
}

function readPort(env: EnvReader, key: string, fallback: number): number {
  const value = read(env, key);
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new Error(`${key} must be a TCP port number (1-65535), got "${value}".`);
  }
  return port;
}

export function readEmailSettings(env: EnvReader): EmailSettings {
  const host = read(env, 'SMTP_HOST');
  const notifyTo = read(env, 'TEND_NOTIFY_EMAIL');
  const replyTo = read(env, 'EMAIL_REPLY_TO');
  if (!host) {
    return { smtp: null, from: read(env, 'EMAIL_FROM') ?? 'Tend <no-reply@localhost>', replyTo, notifyTo };
  }
  const from = read(env, 'EMAIL_FROM');
  if (!from) {
    throw new Error(
      'EMAIL_FROM is not set but SMTP_HOST is: set the sender address the SMTP server accepts, '
      + 'e.g. EMAIL_FROM="Tend <no-reply@example.org>".',
    );
  }
  const secureSetting = readBoolean(env, 'SMTP_SECURE');
  const port = readPort(env, 'SMTP_PORT', secureSetting ? 465 : 587);
  const user = read(env, 'SMTP_USER');
  const pass = env('SMTP_PASS');
  if (user && !pass) throw new Error('SMTP_USER is set without SMTP_PASS.');
  return {
    smtp: { host, port, secure: secureSetting ?? port === 465, ...(user ? { user, pass } : {}) },
    from,
    replyTo,
    notifyTo,
  };
}

let warnedEmailOff = false;

/** Logs through Strapi once it runs; config files are read before `strapi.log` exists. */
function warn(message: string): void {
  const strapi = (globalThis as { strapi?: { log?: { warn(message: string): void } } }).strapi;
  if (strapi?.log) strapi.log.warn(message);
  else console.warn(message);
}

export function warnEmailOffOnce(): void {
  if (warnedEmailOff) return;
  warnedEmailOff = true;
  warn('[tend] email is off: SMTP_HOST is not set, so no email is sent (set SMTP_HOST to enable it).');
}

export class EmailOffError extends Error {
  readonly code = EMAIL_OFF_CODE;
  constructor() {
    super('email is off: SMTP_HOST is not set');
    this.name = 'EmailOffError';
  }
}

export const isEmailOffError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === EMAIL_OFF_CODE;

/**
 * A nodemailer transport plugin that sends nothing. A plain object with own functions (Strapi
 * merges plugin config with lodash, which would drop class methods).
 */
const EMAIL_OFF_TRANSPORT = 'tend-email-off';

export const isEmailOff = (strapi: { config: { get(path: string): unknown } }): boolean =>
  strapi.config.get('plugin::email.providerOptions.name') === EMAIL_OFF_TRANSPORT;

function emailOffTransport() {
  return {
    name: EMAIL_OFF_TRANSPORT,
    version: '1.0.0',
    send(_mail: unknown, callback: (error: Error | null) => void): void {
      warnEmailOffOnce();
      callback(new EmailOffError());
    },
    verify(): Promise<never> {
      return Promise.reject(new EmailOffError());
    },
  };
}

/** The `email.config` block of config/plugins.ts. */
export function emailPluginConfig(env: EnvReader) {
  const settings = readEmailSettings(env);
  const { smtp } = settings;
  return {
    provider: 'nodemailer',
    providerOptions: smtp
      ? {
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass } } : {}),
          // A slow or silent SMTP server must not keep sockets open for minutes.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        }
      : emailOffTransport(),
    settings: {
      defaultFrom: settings.from,
      ...(settings.replyTo ? { defaultReplyTo: settings.replyTo } : {}),
      // Pre-fills the recipient of Settings → Email → "Send test email" in the dashboard.
      ...(settings.notifyTo ? { testAddress: settings.notifyTo } : {}),
    },
  };
}
