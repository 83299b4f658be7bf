/**
 * WordPress shortcodes (`[gallery ids="1,2"]`, `[caption]…[/caption]`) are plain text to an HTML
 * parser. Before parsing, each one becomes a `<tend-shortcode name="…" attrs="…">` element so
 * the converter sees it in the tree, in place, with what it encloses as children. The rest of
 * the HTML is left to parse5.
 */

/** Shortcodes WordPress core and WordPress.com ship; others are recognised by a closing tag or attributes. */
const KNOWN = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'audio',
  'video',
  'playlist',
  'code',
  'sourcecode',
  'youtube',
  'vimeo',
  'twitter',
  'tweet',
  'instagram',
  'googlemaps',
  'soundcloud',
  'contact-form',
  'contact-field',
  'polldaddy',
  'slideshow',
  'wpvideo',
  'archives',
  'recipe',
  'audio',
  'dailymotion',
]);

// WordPress's own shortcode grammar: `[[name]]` is an escaped literal, `[/name]` closes.
const SHORTCODE = /\[(\[?)(\/?)([a-zA-Z][\w-]*)((?:\s[^\]]*?)?)(\/?)\](\]?)/g;

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function markShortcodes(content: string): string {
  return content.replace(
    SHORTCODE,
    (whole, open: string, closing: string, name: string, attrs: string, selfClosing: string, close: string, offset: number) => {
      if (open === '[' && close === ']') return whole.slice(1, -1);
      const lower = name.toLowerCase();
      const closedLater = content.indexOf(`[/${name}]`, offset + whole.length) !== -1;
      if (!KNOWN.has(lower) && !closedLater && !attrs.includes('=') && closing === '') return whole;
      if (closing === '/') return KNOWN.has(lower) || content.lastIndexOf(`[${name}`, offset) !== -1 ? '</tend-shortcode>' : whole;
      const element = `<tend-shortcode name="${escapeAttr(lower)}" attrs="${escapeAttr(attrs.trim())}">`;
      return selfClosing === '/' || !closedLater ? `${element}</tend-shortcode>` : element;
    },
  );
}

/** `ids="1,2,3"` → { ids: '1,2,3' }; unquoted and single-quoted values too. */
export function shortcodeAttrs(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of attrs.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    out[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return out;
}
