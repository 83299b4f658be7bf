import type { H3Event } from 'h3';

/**
 * The page the therapist sees when a preview link cannot be used: what happened and what to do,
 * in plain words. Fixed text only (nothing from the request is echoed), never cached or indexed.
 */
const MESSAGES = {
  'expired': {
    status: 401,
    title: 'This preview link has expired',
    text: 'Preview links work for ten minutes. Go back to the dashboard and press “Open preview” again.',
  },
  'invalid': {
    status: 401,
    title: 'This preview link is not valid',
    text: 'It may be incomplete or changed. Go back to the dashboard and press “Open preview” again.',
  },
  'too-many': {
    status: 429,
    title: 'Too many preview attempts',
    text: 'Preview was refused for a few minutes after several links that were not valid. Please wait, then press “Open preview” in the dashboard again.',
  },
  'bad-path': {
    status: 400,
    title: 'This preview link leads outside the site',
    text: 'The preview path must be a page of this site, such as /articles/my-article. Open the preview again from the dashboard.',
  },
} as const;

export type PreviewRefusal = keyof typeof MESSAGES;

export function sendPreviewRefusal(event: H3Event, reason: PreviewRefusal): string {
  const { status, title, text } = MESSAGES[reason];
  setResponseStatus(event, status);
  setResponseHeaders(event, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' });
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">Go to the website’s home page</a></p>
</body></html>
`;
}
