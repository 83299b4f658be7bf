import { getResponseHeader, send, setResponseHeaders, setResponseStatus } from 'h3';
import { defineNitroErrorHandler } from 'nitropack/runtime';

/**
 * Last of the error handlers: what Nuxt's page renderer leaves (API calls, JSON clients) gets a
 * JSON error that says what went wrong and nothing else: no request address (Nitro's default
 * echoes it), no stack, and "Server Error" for anything unexpected.
 */
export default defineNitroErrorHandler((error, event) => {
  const statusCode = error.statusCode || 500;
  const unexpected = Boolean(error.unhandled || error.fatal);
  if (unexpected) console.error(`[request error] [${event.method}] ${event.path}`, error);
  setResponseStatus(event, statusCode, error.statusMessage);
  setResponseHeaders(event, {
    'content-type': 'application/json',
    'x-content-type-options': 'nosniff',
    // An error is no page to index (the robots module has marked page addresses "index" by now).
    'x-robots-tag': 'noindex',
    'cache-control': statusCode === 404 || !getResponseHeader(event, 'cache-control') ? 'no-cache' : String(getResponseHeader(event, 'cache-control')),
  });
  const body = {
    error: true,
    statusCode,
    statusMessage: unexpected ? 'Server Error' : (error.statusMessage ?? 'Error'),
    message: unexpected ? 'Server Error' : error.message,
    data: unexpected ? undefined : error.data,
  };
  return send(event, JSON.stringify(body, null, 2));
});
