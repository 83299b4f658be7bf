import { defineStore } from 'pinia';
import type { SiteChrome } from '#shared/types/view-models';

/** Site-wide data (practice, settings, crisis support), loaded once per render by app.vue. */
export const useSiteStore = defineStore('site', () => {
  const chrome = ref<SiteChrome | null>(null);
  const practice = computed(() => chrome.value?.practice ?? null);
  const crisis = computed(() => chrome.value?.crisis ?? FALLBACK_CRISIS_SUPPORT);
  return { chrome, practice, crisis };
});
