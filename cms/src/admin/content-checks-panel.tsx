import { useEffect, useMemo, useState } from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import type { Advice } from '../content-checks/advice';
import { checkArticle, sitePathsLinked, type ArticleDraft } from '../content-checks/article-checks';
import { FIXED_PAGES, sitePageAt } from '../redirects/site-pages';

/**
 * "Content checks" beside the article editor: advice on what the therapist is writing, updated
 * as she types, never blocking a save or a publish. The checks themselves are pure functions
 * (src/content-checks/); this panel only feeds them the form and asks the cms which linked
 * articles and topics are published.
 */
const ARTICLE = 'api::article.article';

interface PanelProps {
  model: string;
}

interface ListResponse {
  results?: Array<{ slug?: unknown; status?: unknown }>;
}

/** The site paths among `paths` that have a published article or topic, asked of the dashboard API. */
function usePublishedPaths(paths: string[]): Set<string> | null {
  const { get } = useFetchClient();
  const [found, setFound] = useState<Set<string> | null>(null);
  const key = paths.join('\n');
  useEffect(() => {
    let cancelled = false;
    const lookups = paths.map((path) => ({ path, page: sitePageAt(path) }));
    const bySlug = lookups.filter((lookup) => lookup.page.kind === 'slug');
    if (bySlug.length === 0) {
      setFound(new Set());
      return;
    }
    void Promise.all(
      bySlug.map(async ({ path, page }) => {
        if (page.kind !== 'slug') return null;
        const query = new URLSearchParams({ 'page': '1', 'pageSize': '1', 'filters[slug][$eq]': page.slug });
        const { data } = await get<ListResponse>(`/content-manager/collection-types/${page.uid}?${query.toString()}`);
        // A list row's status is "draft" until the document has been published.
        return data.results?.some((row) => row.status !== 'draft') ? path : null;
      }),
    )
      .then((published) => {
        if (!cancelled) setFound(new Set(published.filter((path): path is string => path !== null)));
      })
      .catch(() => {
        if (!cancelled) setFound(null);
      });
    return () => {
      cancelled = true;
    };
    // `key` stands for `paths`: a new array with the same addresses must not ask again.
  }, [key, get]);
  return found;
}

/** Until the cms has answered, links to articles and topics are given the benefit of the doubt. */
function pathExists(path: string, published: Set<string> | null): boolean {
  if (FIXED_PAGES.has(path)) return true;
  if (sitePageAt(path).kind !== 'slug') return false;
  return published === null || published.has(path);
}

function AdviceList({ advice }: { advice: Advice[] }) {
  if (advice.length === 0) return <p style={{ margin: 0 }}>Nothing to suggest: this article reads well for search results and screen readers.</p>;
  return (
    // Strapi's style reset removes list markers; each piece of advice keeps its bullet.
    <ul style={{ margin: 0, paddingLeft: '1.1em', display: 'grid', gap: '0.5em', listStyle: 'disc' }}>
      {advice.map((item) => (
        <li key={`${item.check}:${item.message}`}>{item.message}</li>
      ))}
    </ul>
  );
}

function ArticleChecks() {
  const values = useForm('ContentChecksPanel', (state) => state.values as ArticleDraft, false) ?? {};
  // Links are checked when written as site paths (/articles/…); the site's full address is not known here.
  const linked = useMemo(() => sitePathsLinked(values.body, null), [values.body]);
  const published = usePublishedPaths(linked);
  const report = useMemo(
    () =>
      checkArticle(values, {
        siteOrigin: null,
        exists: (path) => pathExists(path, published),
      }),
    [values, published],
  );
  return (
    <div style={{ display: 'grid', gap: '0.75em', fontSize: '1.4rem', lineHeight: 1.5 }}>
      <p style={{ margin: 0 }}>
        <strong>About {report.readingMinutes} min</strong> to read.
      </p>
      <AdviceList advice={report.advice} />
      <p style={{ margin: 0, opacity: 0.75 }}>These are suggestions: you can save and publish either way.</p>
    </div>
  );
}

export function ContentChecksPanel({ model }: PanelProps) {
  if (model !== ARTICLE) return null;
  return { title: 'Content checks', content: <ArticleChecks /> };
}
