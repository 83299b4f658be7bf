/** One piece of advice shown beside the editor. Advice never blocks saving or publishing. */
export interface Advice {
  /** Which check gave it, for tests and for grouping. */
  check: 'title' | 'description' | 'headings' | 'alt-text' | 'links' | 'content-note';
  message: string;
}
