import { defineNitroErrorHandler } from 'nitropack/runtime';

/**
 * First of the error handlers (nuxt.config.ts → nitro:config): drops the query string from the
 * request address before anything reports the error. Nitro logs the address of a server error,
 * Nuxt passes it to the error page and JSON errors carried it: a `?secret=` or a reader's search
 * words must never come back in a response or land in a log. Handles nothing itself.
 */
export default defineNitroErrorHandler((_error, event) => {
  const req = event.node.req;
  const path = (req.originalUrl ?? req.url ?? '/').split('?')[0]!;
  req.originalUrl = path;
  req.url = path;
  event._path = path;
});
