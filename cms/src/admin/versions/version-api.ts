import { useFetchClient } from '@strapi/strapi/admin';

/** A version as the list shows it (the server's /tend-versions routes, cms/src/versions/admin-routes.ts). */
export interface VersionSummary {
  id: number;
  status: 'draft' | 'published';
  action: 'create' | 'update' | 'publish';
  authorName: string | null;
  createdAt: string;
}

export interface FieldComparison {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface Comparison {
  before: VersionSummary;
  after: VersionSummary;
  fields: FieldComparison[];
}

/** The three calls the panel makes, through the dashboard's own signed-in client. */
export function useVersionApi() {
  const { get, post } = useFetchClient();
  return {
    list: async (model: string, documentId: string): Promise<VersionSummary[]> =>
      (await get<{ data: VersionSummary[] }>('/tend-versions', { params: { model, documentId } })).data.data,
    compare: async (from: number, to: number): Promise<Comparison> =>
      (await get<{ data: Comparison }>('/tend-versions/compare', { params: { from, to } })).data.data,
    restore: async (id: number): Promise<void> => {
      await post(`/tend-versions/${id}/restore`, {});
    },
  };
}

/** The server's message when there is one ("This version cannot be restored as it is: …"). */
export function errorMessage(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: unknown } } } }).response;
  const message = response?.data?.error?.message;
  return typeof message === 'string' ? message : 'Something went wrong. Please try again in a moment.';
}
