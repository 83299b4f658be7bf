import { clientKey } from '../../consultation/enquiry-body';

// Entry point of Strapi's "Open preview": checks the signed link (utils/preview-link.ts), starts a
// preview session and sends the therapist to the page. Never indexed, never cached.
//
// Links that fail the check are limited per client (behind the proxy, the address it appended),
// like the webhook's wrong secrets: guessing signatures is slow, and one client's flood does not
// lock the therapist out.
const failedAttempts = () => createRateLimiter({ name: 'preview-failures', max: 10, windowMs: 10 * 60_000, store: useRateLimitStore() });

export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'cache-control', 'no-store');
  const { previewSecret, trustProxy } = useRuntimeConfig(event);
  const check = checkPreviewLink(getQuery(event), previewSecret);
  if (!check.valid) {
    const decision = await failedAttempts().take(clientKey(event.node.req, String(trustProxy) === 'true'));
    if (!decision.allowed) {
      setResponseHeader(event, 'Retry-After', decision.retryAfterSeconds);
      return sendPreviewRefusal(event, 'too-many');
    }
    return sendPreviewRefusal(event, check.reason);
  }
  const target = safeSitePath(check.path);
  if (!target) return sendPreviewRefusal(event, 'bad-path');
  startPreview(event);
  // This redirect already runs inside the dashboard's frame: let it be framed like the page.
  event.context.preview = true;
  removeResponseHeader(event, 'x-frame-options');
  return sendRedirect(event, target, 302);
});
