// The therapist's side, through the same admin API the dashboard uses: sign in, write a draft,
// publish, edit, unpublish, delete, upload an image, ask for the preview link.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from './http';
import type { AdminCredentials, StackInfo } from './stack';
import { announce, linksTo, pollUntil } from './webhook';

export const ARTICLE_UID = 'api::article.article';
const ARTICLES = `/content-manager/collection-types/${ARTICLE_UID}`;

export interface AdminReply<T = unknown> {
  status: number;
  body: T;
}

/** Strapi's error envelope: `{ error: { status, name, message, details } }`. */
export interface StrapiError {
  error?: { status?: number; name?: string; message?: string; details?: unknown };
}

export interface ArticleInput {
  title: string;
  slug: string;
  excerpt: string;
  body: Block[];
  featured?: boolean;
  cover?: number | null;
  topics?: { connect: { documentId: string }[] };
}

export type Block =
  | { type: 'paragraph'; children: { type: 'text'; text: string }[] }
  | { type: 'heading'; level: 2 | 3; children: { type: 'text'; text: string }[] };

export interface AdminDocument {
  id: number;
  documentId: string;
  title?: string;
  slug?: string;
  publishedAt?: string | null;
  [key: string]: unknown;
}

export interface Topic {
  documentId: string;
  slug: string;
  name: string;
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
export const heading = (text: string, level: 2 | 3 = 2): Block => ({ type: 'heading', level, children: [{ type: 'text', text }] });

/** A word no seed article contains (letters only, so search's tokenizer keeps it whole). */
export function uniqueWord(prefix = 'tendword'): string {
  const letters = [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
  return `${prefix}${letters}`;
}

/** A slug that cannot collide with the seed or another run's leftovers. */
export const uniqueSlug = (label: string): string => `e2e-${label}-${randomBytes(3).toString('hex')}`;

function sessionFile(cmsUrl: string): string {
  return join(tmpdir(), `tend-e2e-admin-${createHash('sha256').update(cmsUrl).digest('hex').slice(0, 16)}`);
}

function savedSession(cmsUrl: string): string | null {
  try {
    return readFileSync(sessionFile(cmsUrl), 'utf8') || null;
  } catch {
    return null;
  }
}

export class Admin {
  private constructor(
    readonly cmsUrl: string,
    private readonly token: string,
  ) {}

  /**
   * Signs in; on the suite's fresh database the first call registers the account. The session is
   * shared by the test files (a file beside the system's temp dir, per cms address): Strapi lets an
   * address sign in only five times in five minutes, and the suite has more files than that.
   */
  static async signIn(info: Pick<StackInfo, 'cmsUrl' | 'admin'>): Promise<Admin> {
    const { cmsUrl, admin } = info;
    const saved = savedSession(cmsUrl);
    if (saved && (await new Admin(cmsUrl, saved).request('GET', '/admin/users/me')).status === 200) return new Admin(cmsUrl, saved);
    const init = await fetch(`${cmsUrl}/admin/init`, { signal: AbortSignal.timeout(10_000) });
    const hasAdmin = ((await init.json()) as { data?: { hasAdmin?: boolean } }).data?.hasAdmin === true;
    const reply = hasAdmin ? await postJson(cmsUrl, '/admin/login', admin) : await register(cmsUrl, admin);
    const token = (reply.body as { data?: { token?: string } }).data?.token;
    if (reply.status !== 200 || !token) {
      throw new Error(`could not sign in to the dashboard (${hasAdmin ? 'login' : 'register-admin'} → ${reply.status}): ${JSON.stringify(reply.body)}`);
    }
    writeFileSync(sessionFile(cmsUrl), token, { mode: 0o600 });
    return new Admin(cmsUrl, token);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<AdminReply<T>> {
    const response = await fetch(`${this.cmsUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }

  /** Sends a multipart form, as the dashboard sends a chosen file (the Import page). */
  async postForm<T = unknown>(path: string, form: FormData): Promise<AdminReply<T>> {
    const response = await fetch(`${this.cmsUrl}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${this.token}` }, body: form, signal: AbortSignal.timeout(120_000) });
    return { status: response.status, body: (await response.json().catch(() => null)) as T };
  }

  /** Like request(), but throws with the answer when the status is not 2xx. */
  async expectOk<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const reply = await this.request<T>(method, path, body);
    if (reply.status < 200 || reply.status > 299) {
      throw new Error(`${method} ${path} → ${reply.status}: ${JSON.stringify(reply.body).slice(0, 600)}`);
    }
    return reply.body;
  }

  async topics(): Promise<Topic[]> {
    const body = await this.expectOk<{ results: Topic[] }>('GET', '/content-manager/collection-types/api::topic.topic?page=1&pageSize=100');
    return body.results;
  }

  /** "Save" on a new article: a draft. */
  async createDraft(data: ArticleInput): Promise<AdminDocument> {
    return (await this.expectOk<{ data: AdminDocument }>('POST', ARTICLES, data)).data;
  }

  /** "Save" on an existing article: changes the draft only. */
  async updateDraft(documentId: string, data: Partial<ArticleInput>): Promise<AdminDocument> {
    return (await this.expectOk<{ data: AdminDocument }>('PUT', `${ARTICLES}/${documentId}`, data)).data;
  }

  /** "Publish" as the editor sends it (the form's current values); the raw reply, to check refusals. */
  publishReply(documentId: string, data: Partial<ArticleInput> = {}): Promise<AdminReply<{ data?: AdminDocument } & StrapiError>> {
    return this.request('POST', `${ARTICLES}/${documentId}/actions/publish`, data);
  }

  async publish(documentId: string, data: Partial<ArticleInput> = {}): Promise<AdminDocument> {
    return (await this.expectOk<{ data: AdminDocument }>('POST', `${ARTICLES}/${documentId}/actions/publish`, data)).data;
  }

  async unpublish(documentId: string): Promise<AdminDocument> {
    return (await this.expectOk<{ data: AdminDocument }>('POST', `${ARTICLES}/${documentId}/actions/unpublish`, {})).data;
  }

  /** Deletes the document (draft and published versions); quiet when it is gone already. */
  async deleteArticle(documentId: string): Promise<void> {
    const reply = await this.request('DELETE', `${ARTICLES}/${documentId}`);
    if (reply.status !== 200 && reply.status !== 404) {
      throw new Error(`DELETE article ${documentId} → ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`);
    }
  }

  /**
   * What the editor's "Open preview" button opens (GET /content-manager/preview/url/:uid), or null
   * when the cms has no preview configured (204 or no url).
   */
  async previewUrl(uid: string, documentId: string): Promise<string | null> {
    const reply = await this.request<{ data?: { url?: string } }>('GET', `/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft`);
    if (reply.status === 204) return null;
    if (reply.status !== 200) throw new Error(`preview url → ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`);
    return reply.body?.data?.url ?? null;
  }

  /** Uploads one image through the media library (no alternative text unless given). */
  async uploadImage(name: string, bytes: Buffer, alternativeText?: string): Promise<{ id: number; name: string }> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
    form.append('fileInfo', JSON.stringify({ name, alternativeText: alternativeText ?? null, caption: null }));
    const response = await fetch(`${this.cmsUrl}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}` },
      body: form,
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json().catch(() => null)) as { id: number; name: string }[] | null;
    if (response.status !== 201 && response.status !== 200) throw new Error(`upload → ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return body![0]!;
  }

  async deleteFile(id: number): Promise<void> {
    await this.request('DELETE', `/upload/files/${id}`);
  }
}

/**
 * Cleanup for a test file: deletes its articles in the cms and makes sure the web has forgotten
 * them before the next file runs (which may count the articles on /articles). The cms's own
 * delivery would do it too, a moment later; announcing it here takes the race away.
 */
export async function deleteArticlesEverywhere(admin: Admin, info: Pick<StackInfo, 'webUrl' | 'secrets'>, docs: AdminDocument[]): Promise<void> {
  for (const doc of docs) {
    await admin.deleteArticle(doc.documentId);
    if (doc.slug) await announce(info.webUrl, info.secrets.revalidate, 'entry.delete', doc.slug);
  }
  const slugs = docs.map((doc) => doc.slug).filter((slug): slug is string => !!slug);
  await pollUntil(async () => (await get(info.webUrl, '/articles')).text, (body) => slugs.every((slug) => !linksTo(body, slug)), 5_000, 'the deleted articles leave /articles');
}

async function postJson(cmsUrl: string, path: string, body: unknown): Promise<AdminReply> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

function register(cmsUrl: string, admin: AdminCredentials): Promise<AdminReply> {
  return postJson(cmsUrl, '/admin/register-admin', { ...admin, firstname: 'End-to-end', lastname: 'Therapist' });
}

/** A valid 8×8 PNG of one calm green, inline so the tests need no binary fixture. */
export function tinyPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPI7i/EihiGlgQAdFVawSVt9iUAAAAASUVORK5CYII=',
    'base64',
  );
}
