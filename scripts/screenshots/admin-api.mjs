// The dashboard's own admin API, signed in as the therapist, for the screenshot script's demo
// situations (scripts/screenshot-admin.mjs). The same calls the dashboard makes from the browser.

export const ARTICLE = 'api::article.article';
export const ARTICLES = `/content-manager/collection-types/${ARTICLE}`;
export const REDIRECTS = '/content-manager/collection-types/api::redirect.redirect';
export const ENQUIRIES = '/content-manager/collection-types/api::enquiry.enquiry';

export async function signIn(cmsOrigin, email, password) {
  const response = await fetch(`${cmsOrigin}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.json().catch(() => null);
  const token = body?.data?.token;
  if (!response.ok || !token) throw new Error(`could not sign in to ${cmsOrigin} (${response.status}): check TEND_ADMIN_EMAIL / TEND_ADMIN_PASSWORD`);
  return adminApi(cmsOrigin, token);
}

function adminApi(cmsOrigin, token) {
  const request = async (method, path, body) => {
    const response = await fetch(`${cmsOrigin}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = await response.json().catch(() => null);
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(parsed).slice(0, 300)}`);
    return parsed;
  };
  return {
    request,
    /** The rows of a Content Manager list, filtered by one field. */
    async find(listPath, field, value) {
      const query = new URLSearchParams({ page: '1', pageSize: '10', [`filters[${field}][$eq]`]: value });
      return (await request('GET', `${listPath}?${query}`)).results ?? [];
    },
    async upload(name, bytes) {
      const form = new FormData();
      form.append('files', new Blob([bytes], { type: 'image/png' }), name);
      form.append('fileInfo', JSON.stringify({ name, alternativeText: null, caption: null }));
      const response = await fetch(`${cmsOrigin}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new Error(`upload → ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
      return body[0];
    },
  };
}
