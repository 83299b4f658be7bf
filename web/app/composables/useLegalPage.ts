import type { LegalCollectionItem } from '@nuxt/content';

/**
 * Loads one page of the `legal` collection (privacy notice, accessibility statement) through
 * /api/legal/<name>, sets its title and description, and turns a missing page into a real 404.
 */
export async function useLegalPage(name: 'privacy' | 'accessibility'): Promise<LegalCollectionItem> {
  const page = await usePageData<LegalCollectionItem>(`/api/legal/${name}`);
  usePageSeo({ title: page.title, description: page.description });
  return page;
}
