// @ts-check
import { UsageError } from './settings.mjs';

/** Runs a command; a problem the person can fix is one plain line (exit 1), anything else a trace (exit 2). */
export async function runCommand(/** @type {() => Promise<void>} */ body) {
  try {
    await body();
  } catch (error) {
    if (error instanceof UsageError || String(/** @type {{ code?: unknown }} */ (error).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(/** @type {Error} */ (error).message);
      process.exit(1);
    }
    console.error(error);
    process.exit(2);
  }
}
