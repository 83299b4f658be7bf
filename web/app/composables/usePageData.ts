import type { NitroFetchRequest } from 'nitropack';

/**
 * Loads a page's data from our own server routes and turns a failure into the page's own HTTP
 * status (404, 503…), so unknown pages really answer 404 and an unreachable CMS answers 503.
 */
export async function usePageData<T>(url: NitroFetchRequest, query: Record<string, unknown> = {}): Promise<T> {
  const { data, error } = await useFetch<T>(url as string, { query, key: `${String(url)}?${JSON.stringify(query)}` });
  if (error.value || data.value === undefined || data.value === null) {
    throw createError({
      statusCode: error.value?.statusCode ?? 500,
      statusMessage: error.value?.statusMessage ?? 'Something went wrong',
      fatal: true,
    });
  }
  return data.value as T;
}
