/**
 * Every request body is read here, up to its route's limit (utils/request-body-limit.ts), before
 * any handler sees it: nuxt-security's size limit trusts Content-Length, and a chunked body has
 * none. A larger body gets a 413 without the rest being read; the connection is then closed.
 * Handlers read the bytes kept here through h3's readBody/readRawBody as usual.
 */
const GRACE_BEFORE_CLOSING_MS = 1_000;

export default defineEventHandler(async (event) => {
  const req = event.node.req;
  if (isInternalRequest(event) || !hasRequestBody(req)) return;
  const limit = bodyLimitFor(event.method, event.path.split('?')[0]!);
  if (limit === null) return;
  const body = await readBodyUpTo(req, limit);
  if (body !== null) {
    // h3's body readers take this instead of the (now consumed) stream.
    Object.assign(req, { rawBody: body });
    return;
  }
  setResponseHeader(event, 'Connection', 'close');
  // Let the answer reach the client, then drop the connection instead of reading the rest.
  event.node.res.once('finish', () => setTimeout(() => req.socket.destroy(), GRACE_BEFORE_CLOSING_MS).unref());
  throw createError({ statusCode: 413, statusMessage: `Request bodies here are limited to ${Math.round(limit / 1024)} kB; this one is larger. Send less data.` });
});
