import { TextDecoder } from 'node:util';

import { ImportInputError } from '../import-error';

/** Larger exports are refused before parsing: the whole tree is held in memory. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/** The bytes of an export as text, in the encoding its XML declaration names. */
export function decodeExport(bytes: Uint8Array): string {
  if (bytes.length > MAX_EXPORT_BYTES) {
    throw new ImportInputError(
      `This file is ${Math.round(bytes.length / 1048576)} MB; the import takes files up to ${MAX_EXPORT_BYTES / 1048576} MB. In WordPress, export posts and pages separately (Tools → Export → "Posts", then "Pages") or by date range.`,
    );
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new ImportInputError(`This file says its text is in the "${declared}" encoding, which the import does not know. Export it again from WordPress (exports are UTF-8).`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportInputError(`This file is not valid ${declared.toUpperCase()} text: it may be damaged. Export it again from WordPress.`);
  }
}
