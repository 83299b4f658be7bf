// @ts-check
// Optional encryption of a whole archive with AES-256-GCM (node:crypto): no extra dependency,
// authenticated (a flipped byte or a cut-off file is refused, never restored), and the key
// stays on the machine that makes the backups (TEND_BACKUP_KEY, a passphrase of 32+ characters).
//
// File layout: MAGIC(8) | salt(16) | iv(12) | key check(32) | ciphertext | auth tag(16).
// The key check (an HMAC under a second key derived from the same passphrase) tells a wrong
// key apart from a damaged file before anything is decrypted.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { UsageError } from './settings.mjs';

const MAGIC = Buffer.from('TENDENC1');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + IV_BYTES + CHECK_BYTES;
export const MIN_KEY_LENGTH = 32;

/** The passphrase from the environment, or null when backups are not encrypted. */
export function backupKey(env = process.env) {
  const key = env.TEND_BACKUP_KEY;
  if (!key) return null;
  if (key.length < MIN_KEY_LENGTH) throw new UsageError(`TEND_BACKUP_KEY must be at least ${MIN_KEY_LENGTH} characters (it has ${key.length}).`);
  return key;
}

/** scrypt (memory-hard): a stolen archive cannot be tried against many guesses cheaply. */
function deriveKeys(/** @type {string} */ passphrase, /** @type {Buffer} */ salt) {
  const material = scryptSync(passphrase, salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return { cipherKey: material.subarray(0, 32), checkKey: material.subarray(32) };
}

const keyCheck = (/** @type {Buffer} */ checkKey) => createHmac('sha256', checkKey).update('tend-backup-key-check').digest();

export async function isEncrypted(/** @type {string} */ file) {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, MAGIC.length, 0);
    return bytesRead === MAGIC.length && head.equals(MAGIC);
  } finally {
    await handle.close();
  }
}

export async function encryptFile(/** @type {string} */ source, /** @type {string} */ destination, /** @type {string} */ passphrase) {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { cipherKey, checkKey } = deriveKeys(passphrase, salt);
  const cipher = createCipheriv('aes-256-gcm', cipherKey, iv);
  const out = createWriteStream(destination, { flags: 'wx', mode: 0o600 });
  out.write(Buffer.concat([MAGIC, salt, iv, keyCheck(checkKey)]));
  await pipeline(createReadStream(source), cipher, out, { end: false });
  await new Promise((resolve, reject) => out.end(cipher.getAuthTag(), (/** @type {Error | null | undefined} */ error) => (error ? reject(error) : resolve(undefined))));
}

/** Decrypts to `destination`; throws a UsageError naming the cause for a wrong key or a damaged file. */
export async function decryptFile(/** @type {string} */ source, /** @type {string} */ destination, /** @type {string | null} */ passphrase) {
  if (!passphrase) throw new UsageError('This backup is encrypted: set TEND_BACKUP_KEY to the key it was made with.');
  const { size } = await stat(source);
  if (size < HEADER_BYTES + TAG_BYTES) throw new UsageError('The backup is damaged or cut short: it is smaller than its own header.');
  const handle = await open(source, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(header, 0, HEADER_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + SALT_BYTES, MAGIC.length + SALT_BYTES + IV_BYTES);
  const check = header.subarray(HEADER_BYTES - CHECK_BYTES);
  const { cipherKey, checkKey } = deriveKeys(passphrase, salt);
  if (!timingSafeEqual(check, keyCheck(checkKey))) throw new UsageError('TEND_BACKUP_KEY is not the key this backup was made with.');
  const decipher = createDecipheriv('aes-256-gcm', cipherKey, iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(createReadStream(source, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }), decipher, createWriteStream(destination, { mode: 0o600 }));
  } catch {
    throw new UsageError('The backup is damaged or cut short: its contents do not match their authentication tag.');
  }
}
