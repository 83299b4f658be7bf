/** What the import reads from a WordPress export (WXR), already decoded and typed. */
export interface WxrTerm {
  kind: 'category' | 'tag';
  slug: string;
  name: string;
  description: string;
}

export interface WxrPostMeta {
  key: string;
  value: string;
}

export interface WxrItem {
  id: string;
  type: string;
  title: string;
  link: string;
  guid: string;
  author: string;
  content: string;
  excerpt: string;
  /** `YYYY-MM-DD HH:MM:SS` in UTC, or empty for drafts never saved with a date. */
  dateGmt: string;
  /** The same in the site's time zone, as WordPress builds date-based addresses from it. */
  dateLocal: string;
  name: string;
  status: string;
  parentId: string;
  passwordProtected: boolean;
  terms: Array<{ kind: 'category' | 'tag'; slug: string; name: string }>;
  meta: WxrPostMeta[];
  attachmentUrl: string;
  commentCount: number;
}

export interface WxrExport {
  siteTitle: string;
  siteUrl: string;
  authors: Map<string, string>;
  terms: WxrTerm[];
  items: WxrItem[];
}
