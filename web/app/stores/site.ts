import { defineStore } from 'pinia';
import type { SiteChrome } from '#shared/types/view-models';

/** Site-wide data (practice, settings, crisis support): fetched once on the server, hydrated. */
export const useSiteStore = defineStore('site', () => {
  const chrome = ref<SiteChrome | null>(null);

  /** `fetcher` is useRequestFetch() during server rendering, so the preview cookie is forwarded. */
  async function load(fetcher: (url: '/api/site') => Promise<unknown> = $fetch): Promise<void> {
    chrome.value = (await fetcher('/api/site')) as SiteChrome;
  }

  const practice = computed(() => chrome.value?.practice ?? null);
  const crisis = computed(() => chrome.value?.crisis ?? FALLBACK_CRISIS_SUPPORT);

  return { chrome, practice, crisis, load };
});
