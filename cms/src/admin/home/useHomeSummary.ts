import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { serverMessage, type ScheduledChange } from '../scheduling/schedule-client';

/** GET /tend/home (cms/src/dashboard-home/home-summary.ts). */
export interface HomeSummary {
  requests: { waiting: number; oldestReceivedAt: string | null; oldestReceivedText: string | null } | null;
  drafts: { count: number; recent: Array<{ targetType: string; documentId: string; title: string; status: 'draft' | 'modified'; updatedAt: string }> } | null;
  scheduled: ScheduledChange[];
  siteUrl: string | null;
}

type Get = ReturnType<typeof useFetchClient>['get'];

/** The four widgets render together: they share one request, kept for a few seconds. */
let shared: { at: number; summary: Promise<HomeSummary> } | null = null;

function loadSummary(get: Get): Promise<HomeSummary> {
  if (shared && Date.now() - shared.at < 5_000) return shared.summary;
  const summary = get<{ data: HomeSummary }>('/tend/home').then(({ data }) => data.data);
  shared = { at: Date.now(), summary };
  summary.catch(() => {
    shared = null;
  });
  return summary;
}

export function useHomeSummary(): { summary: HomeSummary | null; error: string | null } {
  const { get } = useFetchClient();
  const [summary, setSummary] = useState<HomeSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSummary(get)
      .then((value) => live && setSummary(value))
      .catch((failure: unknown) => live && setError(serverMessage(failure)));
    return () => {
      live = false;
    };
  }, [get]);
  return { summary, error };
}

export const ENQUIRIES_PATH = '/content-manager/collection-types/api::enquiry.enquiry';

export function documentPath(targetType: string, documentId: string): string {
  return targetType === 'api::article.article'
    ? `/content-manager/collection-types/${targetType}/${documentId}`
    : `/content-manager/single-types/${targetType}`;
}
