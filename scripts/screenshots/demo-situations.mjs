// What the screenshots need that the demo seed does not have, made through the dashboard's admin
// API or the website's own form, and only when missing, so the seeded practice stays as it was.
import { ARTICLES, ENQUIRIES, REDIRECTS } from './admin-api.mjs';

/** A 1×1 PNG: enough for an image that has no alternative text. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Two consultation requests, sent through the website's form as a reader would (only when there are none). */
export async function ensureRequests(api, siteUrl) {
  const existing = await api.request('GET', `${ENQUIRIES}?page=1&pageSize=1`);
  if ((existing.pagination?.total ?? 0) > 0 || !siteUrl) return;
  const readers = [
    { name: 'Sam Example', email: 'sam@example.com', preferredContact: 'email', message: 'I have felt low since the winter and would like to talk about whether therapy could help.' },
    { name: 'Alex Sample', email: 'alex@example.org', preferredContact: 'phone', phone: '07700 900123', message: 'Could we talk about sessions in the evening?' },
  ];
  for (const reader of readers) {
    const response = await fetch(`${siteUrl}/api/consultation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'origin': siteUrl },
      body: JSON.stringify({ ...reader, consent: true }),
    });
    if (!response.ok) console.warn(`the website did not take a demo request (${response.status}); the requests list may be empty`);
  }
}

/** An old address of a previous website, and a page taken down on purpose, in the Redirects list. */
export async function ensureRedirects(api, publishedArticlePath) {
  const wanted = [
    { from: '/2019/05/anxious-for-no-reason', to: publishedArticlePath, kind: 'permanent', note: 'Example: the address on my old blog.' },
    { from: '/fees-2023', to: null, kind: 'gone', note: 'Example: an old price list, taken down on purpose.' },
  ];
  for (const redirect of wanted) {
    if ((await api.find(REDIRECTS, 'from', redirect.from)).length === 0) await api.request('POST', REDIRECTS, redirect);
  }
}

const text = (value) => [{ type: 'text', text: value }];

/**
 * A draft that trips every content check, for the Content checks screenshot; `remove()` deletes it
 * and its image again. Title over 60 characters, a short excerpt, a Heading 4 under a Heading 2,
 * an empty heading, an image without alternative text, a link to a page that does not exist and
 * the word "suicide" without a content note.
 */
export async function checksDemoDraft(api) {
  const image = await api.upload('untitled-photo.png', TINY_PNG);
  const body = [
    { type: 'heading', level: 2, children: text('When the nights are long') },
    { type: 'paragraph', children: text('Some readers come here after thinking about suicide. ') },
    { type: 'heading', level: 4, children: text('Small steps') },
    { type: 'heading', level: 3, children: text('') },
    { type: 'paragraph', children: [...text('Read more in '), { type: 'link', url: '/articles/winter-blues', children: text('my winter article') }, ...text('.')] },
    { type: 'image', image, children: text('') },
  ];
  const created = await api.request('POST', ARTICLES, {
    title: 'Example with problems: why do the long winter evenings feel so heavy for so many of us?',
    slug: 'example-content-checks',
    excerpt: 'A short summary.',
    body,
  });
  const draft = created.data;
  return {
    title: draft.title,
    documentId: draft.documentId,
    async remove() {
      await api.request('DELETE', `${ARTICLES}/${draft.documentId}`);
      await api.request('DELETE', `/upload/files/${image.id}`);
    },
  };
}
