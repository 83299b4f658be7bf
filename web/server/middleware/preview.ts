// Marks requests that carry a valid preview cookie. Their responses are never cached by anyone
// and never indexed; everything else is an ordinary reader request.
export default defineEventHandler((event) => {
  const cookie = getCookie(event, PREVIEW_COOKIE);
  if (!cookie) return;
  const secret = useRuntimeConfig(event).previewSecret;
  if (!isValidPreviewCookie(cookie, secret)) return;
  event.context.preview = true;
  setResponseHeaders(event, {
    'cache-control': 'private, no-store',
    // The same address answers readers from the cache: shared caches must tell the two apart.
    'vary': 'Cookie',
    'x-robots-tag': 'noindex, nofollow',
  });
});
