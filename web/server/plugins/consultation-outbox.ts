import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The outbox's life in this server: consultation requests the CMS did not store wait on disk and
 * go out at start-up, then every few seconds while any are waiting (see createOutbox); old copies
 * are deleted after the retention period. On SIGTERM Nitro finishes the requests in flight and
 * calls `close`, which waits for the delivery run and every outbox write in progress, so no file
 * is left half-written (and a crash leaves only a temporary file, removed at the next start).
 */
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender) return;
  const { outbox, outboxDir } = useEnquiryRuntime();
  // The web's data folder holds personal data: this server's user only.
  mkdir(dirname(outboxDir), { recursive: true, mode: 0o700 })
    .catch((error: unknown) => console.error('[outbox] cannot create the data folder:', error instanceof Error ? error.message : String(error)))
    .finally(() => outbox.start());
  nitroApp.hooks.hook('close', () => outbox.stop());
});
