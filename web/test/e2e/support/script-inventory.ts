// What a served HTML document carries in the way of JavaScript, read from the markup itself (the
// bytes the page cache stores and every reader gets), not from what a browser chose to run.
import { gzipSync } from 'node:zlib';

export interface InlineScript {
  /** The type attribute as written ('' when absent). */
  type: string;
  id: string;
  text: string;
}

export interface ScriptInventory {
  /** `<script src>` of any type. */
  external: string[];
  /** `<link rel=modulepreload>` and `<link rel=preload as=script>`: script files fetched ahead. */
  preloads: string[];
  /** Inline scripts the browser executes (classic or module). */
  executable: InlineScript[];
  /** Inline data blocks (JSON-LD, JSON), which run nothing. */
  data: InlineScript[];
  /** Inline scripts of any other type: neither allowed nor counted, so a test can name them. */
  unknown: InlineScript[];
  /** Nuxt's hydration payload (`__NUXT_DATA__` or `window.__NUXT__`): only a hydrating page needs it. */
  hasFrameworkPayload: boolean;
}

// Per the HTML standard, these type values (or none) make a script executable.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** How the browser treats an inline script, by its type attribute. */
export function inlineKind(script: Pick<InlineScript, 'type'>): 'executable' | 'data' | 'unknown' {
  const type = script.type.trim().toLowerCase();
  if (EXECUTABLE_TYPES.has(type)) return 'executable';
  return DATA_TYPES.has(type) ? 'data' : 'unknown';
}

export function isFrameworkPayload(script: Pick<InlineScript, 'id' | 'text'>): boolean {
  return script.id === '__NUXT_DATA__' || /window\.__NUXT__\b/.test(script.text);
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (match) return match[1] ?? match[2] ?? match[3] ?? '';
  return new RegExp(`\\s${name}(?=[\\s>/])`, 'i').test(tag) ? '' : null;
}

export function scriptInventory(html: string): ScriptInventory {
  const inventory: ScriptInventory = { external: [], preloads: [], executable: [], data: [], unknown: [], hasFrameworkPayload: false };
  // A script's content ends at the first `</script`, whatever it holds, so a lazy match is exact.
  for (const [, open = '', text = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const src = attribute(open, 'src');
    if (src !== null) {
      inventory.external.push(src);
      continue;
    }
    const script: InlineScript = { type: attribute(open, 'type') ?? '', id: attribute(open, 'id') ?? '', text };
    if (isFrameworkPayload(script)) inventory.hasFrameworkPayload = true;
    inventory[inlineKind(script)].push(script);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attribute(tag, 'as') ?? '').toLowerCase();
    if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) inventory.preloads.push(attribute(tag, 'href') ?? '');
  }
  return inventory;
}

/** gzip (zlib's default level, like the `gzip` command) of each script on its own, summed: no shared dictionary flatters the total. */
export function gzipBytes(texts: (string | Buffer)[]): number {
  return texts.reduce((total, text) => total + (text.length === 0 ? 0 : gzipSync(text).length), 0);
}
