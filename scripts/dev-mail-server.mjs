// A real SMTP server for development and tests: it accepts every message on loopback (no TLS, no
// authentication), prints one line per message and keeps the raw message in .artifacts/mail/.
// Standalone: `node scripts/dev-mail-server.mjs [--port 1025]` (or MAIL_PORT). In code:
// `const mail = await startMailServer({ port: 0 })` → { port, messages, waitForMessages, close }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const shortPath = (file) => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};
export const DEFAULT_MAIL_DIR = join(root, '.artifacts', 'mail');
export const DEFAULT_MAIL_PORT = 1025;

/** Splits a raw part into unfolded headers (lower-case names) and its body. */
function splitPart(raw) {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** RFC 2047 encoded words (=?utf-8?B?…?= / =?utf-8?Q?…?=), as nodemailer writes non-ASCII headers. */
function decodeWords(value = '') {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_, charset, encoding, text) => {
      const bytes
        = encoding.toLowerCase() === 'b'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return decodeBytes(bytes, charset);
    });
}

function decodeBytes(bytes, charset = 'utf-8') {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function decodeBody(body, transferEncoding = '', charset = 'utf-8') {
  const encoding = transferEncoding.toLowerCase();
  if (encoding === 'base64') return decodeBytes(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') {
    const binary = body.replace(/=\r?\n/g, '').replace(/=([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return decodeBytes(Buffer.from(binary, 'latin1'), charset);
  }
  return body;
}

const parameter = (header = '', name) =>
  new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(header)?.[1];

/** The first text/plain part of a (possibly multipart) message, decoded. */
function plainText(part) {
  const type = part.headers['content-type'] ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = parameter(type, 'boundary');
    if (!boundary) return '';
    const pieces = part.body.split(`--${boundary}`).slice(1);
    for (const piece of pieces) {
      if (piece.startsWith('--')) break;
      const text = plainText(splitPart(piece.replace(/^\r?\n/, '')));
      if (text) return text;
    }
    return '';
  }
  if (!/^text\/plain/i.test(type)) return '';
  return decodeBody(part.body, part.headers['content-transfer-encoding'], parameter(type, 'charset'));
}

/** Minimal parsing (no dependency): enough to read what Tend sends. */
export function parseMessage(raw, envelope = {}) {
  const message = splitPart(raw);
  return {
    from: decodeWords(message.headers.from) || envelope.mailFrom?.address || '',
    to: envelope.rcptTo?.map((recipient) => recipient.address) ?? [decodeWords(message.headers.to)],
    subject: decodeWords(message.headers.subject),
    text: plainText(message),
    headers: message.headers,
    raw,
  };
}

/**
 * Starts the server. Options: port (0 = any free port), host, dir (where .eml files go; false to
 * keep nothing on disk), log (a function taking one line; false for silence).
 */
export async function startMailServer({
  port = DEFAULT_MAIL_PORT,
  host = '127.0.0.1',
  dir = DEFAULT_MAIL_DIR,
  log = console.log,
} = {}) {
  const messages = [];
  const waiters = new Set();
  let saved = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'Tend development mail server: nothing leaves this machine',
    size: 25 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        try {
          const raw = Buffer.concat(chunks).toString('utf8');
          const message = parseMessage(raw, session.envelope);
          let file = '';
          if (dir) {
            mkdirSync(dir, { recursive: true });
            saved += 1;
            file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${saved}.eml`);
            writeFileSync(file, raw);
          }
          messages.push(message);
          if (log) {
            const where = file ? ` → ${shortPath(file)}` : '';
            log(`[mail] from ${message.from} to ${message.to.join(', ')}: "${message.subject}"${where}`);
          }
          for (const waiter of waiters) waiter();
          callback();
        } catch (error) {
          callback(error);
        }
      });
    },
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log && log(`[mail] ${error.message}`));
  const address = server.server.address();

  return {
    host,
    port: typeof address === 'object' && address ? address.port : port,
    messages,
    /** Resolves with the messages once at least `count` arrived; rejects after `timeout` ms. */
    waitForMessages(count = 1, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} mail(s) within ${timeout} ms, got ${messages.length}`));
        }, timeout);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise((resolve) => {
        for (const connection of server.connections ?? []) connection.close?.();
        server.close(() => resolve());
      });
    },
  };
}

function portFromArgs(argv, env) {
  const at = argv.indexOf('--port');
  const value = at >= 0 ? argv[at + 1] : env.MAIL_PORT;
  if (value === undefined) return DEFAULT_MAIL_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port "${value}"`);
  return port;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mail = await startMailServer({ port: portFromArgs(process.argv.slice(2), process.env) });
  console.log(
    `[mail] SMTP on ${mail.host}:${mail.port} (no TLS, no login); messages are printed here and saved in `
    + `${shortPath(DEFAULT_MAIL_DIR)}/`,
  );
  const stop = () => mail.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
