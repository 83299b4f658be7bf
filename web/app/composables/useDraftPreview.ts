/**
 * True while the therapist previews drafts (decided on the server from the signed cookie).
 * Side-effect free: usePageSeo marks preview pages noindex, so callers may use this anywhere.
 */
export function useDraftPreview() {
  const event = import.meta.server ? useRequestEvent() : undefined;
  return useState('preview-mode', () => event?.context.preview ?? false);
}
