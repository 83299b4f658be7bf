// Types for scripts/dev-mail-server.mjs (plain JS), so TypeScript tests can import it.
export interface ReceivedMail {
  from: string;
  /** Envelope recipients. */
  to: string[];
  subject: string;
  /** The first text/plain part, decoded. */
  text: string;
  headers: Record<string, string>;
  raw: string;
}

export interface MailServer {
  host: string;
  port: number;
  messages: ReceivedMail[];
  waitForMessages(count?: number, timeout?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export interface MailServerOptions {
  port?: number;
  host?: string;
  dir?: string | false;
  log?: ((line: string) => void) | false;
}

export const DEFAULT_MAIL_DIR: string;
export const DEFAULT_MAIL_PORT: number;
export function parseMessage(
  raw: string,
  envelope?: { mailFrom?: { address: string } | false; rcptTo?: { address: string }[] },
): ReceivedMail;
export function startMailServer(options?: MailServerOptions): Promise<MailServer>;
