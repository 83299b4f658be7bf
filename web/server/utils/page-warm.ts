/**
 * Renders pages right after a change, through the server's own handler (no network hop), so the
 * first reader after a publish is served a stored page instead of waiting for a render: the page
 * cache plugin stores what renders here exactly as it does for a reader's request. A page that
 * fails to render is left to the next reader; warming never fails the purge that asked for it.
 */
export async function warmPages(paths: readonly string[]): Promise<void> {
  const { localFetch } = useNitroApp();
  for (const path of paths) {
    try {
      const response = await localFetch(path, { headers: { 'accept': 'text/html', 'accept-encoding': 'br, gzip' } });
      await response.arrayBuffer();
    } catch (error) {
      console.warn(`[page-warm] ${path} will render on its next request:`, String(error));
    }
  }
}
