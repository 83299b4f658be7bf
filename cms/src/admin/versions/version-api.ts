import { useFetchClient } from '@strapi/strapi/admin';
import type { Comparison, VersionSummary } from '../../dashboard-contract';

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
