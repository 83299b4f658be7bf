/**
 * A zip of a Markdown folder, from the dashboard, unpacked into a fresh temporary folder that the
 * Markdown importer then reads like any folder. The zip is checked whole before anything is
 * imported: a path leaving the folder (`../`, `/etc/…`, `C:\…`), a link (symlink), an encrypted
 * entry, or more files or bytes than a blog can have refuses the whole zip with a message that
 * says why. yauzl reads it: it refuses unsafe paths itself and checks every entry's real size
 * against the size the zip declares, so a zip that lies about its sizes is caught too.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

import { ImportInputError } from '../import-error';

export interface ZipLimits {
  /** Files and folders in the zip. */
  maxEntries: number;
  /** Bytes once unpacked, all entries together. */
  maxTotalBytes: number;
}

/** Far above a blog's posts and pictures; far below what would fill the server's disk. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 5_000, maxTotalBytes: 200 * 1024 * 1024 };

export interface UnpackedZip {
  /** The folder the posts are in: the zip's single top folder when it has one. */
  folder: string;
  /** That top folder's name, or null when the posts are at the zip's top. */
  topFolder: string | null;
  /** Remove everything unpacked. */
  remove(): Promise<void>;
}

const MB = 1024 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** A zip starts with a local file header (PK\3\4), or is an empty archive (PK\5\6). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** yauzl's own words for an unsafe name, reworded for the person who made the zip. */
function refusalFor(error: Error): ImportInputError {
  const unsafe = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(error.message);
  if (unsafe) {
    return new ImportInputError(
      `The zip holds “${unsafe[2]}”, a path that points outside the zip's own folder. Nothing was imported. Make the zip again from your Markdown folder (right-click the folder → Compress).`,
    );
  }
  return new ImportInputError('The zip could not be read: it may be damaged or cut short. Nothing was imported. Make the zip again and choose the new file.');
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(refusalFor(error ?? new Error('no zip')));
      else resolve(zip);
    });
  });
}

function readStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(refusalFor(error ?? new Error('no stream')));
      else resolve(stream);
    });
  });
}

/** Where an entry goes, or null when it would leave the folder (checked here too, not only by yauzl). */
function target(root: string, name: string): string | null {
  const resolved = path.resolve(root, name);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : null;
}

/** macOS adds `__MACOSX/` copies of every file's metadata to the zips it makes. */
const isMacMetadata = (name: string): boolean => name.startsWith('__MACOSX/') || name.split('/').pop() === '.DS_Store';

async function unpackInto(zip: yauzl.ZipFile, root: string, limits: ZipLimits): Promise<string[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw new ImportInputError(`The zip holds ${zip.entryCount} files; an import takes at most ${limits.maxEntries}. Nothing was imported. Zip only the folder with your posts and their pictures.`);
  }
  const names: string[] = [];
  let total = 0;
  for await (const entry of entries(zip)) {
    const name = entry.fileName;
    if (isMacMetadata(name)) continue;
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
      throw new ImportInputError(`The zip holds “${name}”, a link to another place on the computer that made it, not a file. Nothing was imported. Zip the folder again with the files themselves in it.`);
    }
    if (entry.isEncrypted()) throw new ImportInputError(`The zip is protected by a password (“${name}”). Nothing was imported. Make the zip again without a password.`);
    const file = target(root, name);
    if (!file) throw refusalFor(new Error(`invalid relative path: ${name}`));
    if (name.endsWith('/')) {
      await fsp.mkdir(file, { recursive: true });
      continue;
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw new ImportInputError(`Unpacked, the zip would take more than ${Math.round(limits.maxTotalBytes / MB)} MB. Nothing was imported. Zip only the folder with your posts and their pictures, or make the pictures smaller.`);
    }
    await fsp.mkdir(path.dirname(file), { recursive: true });
    // A real byte count, whatever the zip declares: yauzl stops a stream that runs past its size.
    await pipeline(await readStream(zip, entry), fs.createWriteStream(file, { flags: 'wx' })).catch((error: unknown) => {
      throw error instanceof ImportInputError ? error : refusalFor(error instanceof Error ? error : new Error(String(error)));
    });
    names.push(name);
  }
  return names;
}

/** The zip's entries one at a time (yauzl's lazy mode: the next is read when asked for). */
async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  const next = (): Promise<yauzl.Entry | null> =>
    new Promise((resolve, reject) => {
      const onEntry = (entry: yauzl.Entry): void => done(() => resolve(entry));
      const onEnd = (): void => done(() => resolve(null));
      const onError = (error: Error): void => done(() => reject(error instanceof ImportInputError ? error : refusalFor(error)));
      const done = (settle: () => void): void => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        settle();
      };
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
  for (let entry = await next(); entry; entry = await next()) yield entry;
}

/** The folder the posts are in: a zip made by compressing a folder has that folder at its top. */
function topFolder(names: string[]): string | null {
  const tops = new Set(names.map((name) => name.split('/')[0]));
  const [only] = tops;
  return tops.size === 1 && only && names.every((name) => name.includes('/')) ? only : null;
}

export async function unpackZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<UnpackedZip> {
  if (!looksLikeZip(bytes)) throw new ImportInputError('This file is not a zip archive. Choose a .zip made from your Markdown folder, or a WordPress export (.xml).');
  const root = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'tend-import-zip-')));
  const remove = (): Promise<void> => fsp.rm(root, { recursive: true, force: true });
  let zip: yauzl.ZipFile | null = null;
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const names = await unpackInto(zip, root, limits);
    if (!names.some((name) => /\.(md|markdown)$/i.test(name))) {
      throw new ImportInputError('This zip has no Markdown files (.md) in it. Nothing was imported. Zip the folder that holds your posts.');
    }
    const top = topFolder(names);
    return { folder: top ? path.join(root, top) : root, topFolder: top, remove };
  } catch (error) {
    await remove();
    throw error;
  } finally {
    zip?.close();
  }
}
