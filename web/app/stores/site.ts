import { defineStore } from 'pinia';
import type { SiteChrome } from '#shared/types/view-models';

/** Site-wide data (practice, settings, crisis support): fetched once on the server, hydrated. */
export const useSiteStore = defineStore('site', () => {
  const chrome = ref<SiteChrome | null>(null);

  async function load(): Promise<void> {
    chrome.value = await $fetch<SiteChrome>('/api/site');
  }

  const practice = computed(() => chrome.value?.practice ?? null);
  const crisis = computed(() => chrome.value?.crisis ?? FALLBACK_CRISIS_SUPPORT);

  return { chrome, practice, crisis, load };
});
