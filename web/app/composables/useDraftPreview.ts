/** True while the therapist previews drafts (decided on the server from the signed cookie). */
export function useDraftPreview() {
  const event = import.meta.server ? useRequestEvent() : undefined;
  const preview = useState('preview-mode', () => event?.context.preview === true);
  if (preview.value) useSeoMeta({ robots: 'noindex, nofollow' });
  return preview;
}
