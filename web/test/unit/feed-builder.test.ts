import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedInput } from '../../server/utils/feed-builder';

const chrome: FeedInput['chrome'] = {
  siteName: 'Tend & Mend',
  tagline: 'Writing about <everyday> anxiety',
  defaultSeo: { title: 'Tend', description: 'Fallback description', image: null, noIndex: false },
  practice: { therapistName: 'Sam Example' },
};

function article(slug: string, publishedAt: string, overrides: Partial<FeedInput['articles'][number]> = {}) {
  return {
    slug,
    title: `Title of ${slug}`,
    excerpt: `Excerpt of ${slug}`,
    publishedAt,
    topics: [{ name: 'Anxiety', slug: 'anxiety' }],
    ...overrides,
  };
}

const articles = [
  article('middle', '2026-10-02T09:00:00.000Z'),
  article('tricky', '2026-11-20T18:30:00.000Z', {
    title: 'Sleep & <worry>: what "helps" ]]> and what doesn\'t ]]>',
    excerpt: 'Short <b>nights</b> & long days',
    topics: [
      { name: 'Sleep & rest', slug: 'sleep-rest' },
      { name: 'Body <and> mind', slug: 'body-mind' },
    ],
  }),
  article('oldest', '2025-01-15T12:00:00.000Z', { topics: [] }),
];

const input: FeedInput = { chrome, articles, siteUrl: 'https://example.org/' };

describe('buildFeed: RSS 2.0', () => {
  const xml = buildFeed(input, 'rss');
  const items = elements(xml, 'item');

  it('is well-formed XML', () => {
    expect(checkWellFormed(xml)).toBeNull();
  });

  it('describes the site from the chrome, with absolute links', () => {
    const channel = xml.slice(0, xml.indexOf('<item>'));
    expect(textOf(channel, 'title')).toBe('Tend & Mend');
    expect(textOf(channel, 'description')).toBe('Writing about <everyday> anxiety');
    expect(textOf(channel, 'link')).toBe('https://example.org/');
    expect(textOf(channel, 'language')).toBe('en-GB');
    expect(channel).toContain('<atom:link href="https://example.org/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('lists every published article, newest first', () => {
    expect(items.map((item) => textOf(item, 'link'))).toEqual([
      'https://example.org/articles/tricky',
      'https://example.org/articles/middle',
      'https://example.org/articles/oldest',
    ]);
  });

  it('uses the link as guid and publishedAt as pubDate', () => {
    expect(textOf(items[0]!, 'guid')).toBe('https://example.org/articles/tricky');
    expect(textOf(items[0]!, 'pubDate')).toBe('Fri, 20 Nov 2026 18:30:00 GMT');
    expect(textOf(xml, 'lastBuildDate')).toBe('Fri, 20 Nov 2026 18:30:00 GMT');
  });

  it('escapes & and < in titles and excerpts (HTML inside CDATA) and survives "]]>"', () => {
    const title = textOf(items[0]!, 'title');
    expect(title).toBe('Sleep &amp; &lt;worry&gt;: what "helps" ]]&gt; and what doesn\'t ]]&gt;');
    expect(decodeHtml(title)).toBe(articles[1]!.title);
    expect(decodeHtml(textOf(items[0]!, 'description'))).toBe('Short <b>nights</b> & long days');
    expect(items[0]).not.toContain('<b>');
  });

  it('adds topic names as categories', () => {
    expect(elements(items[0]!, 'category').map((c) => decodeXml(inner(c)))).toEqual(['Sleep & rest', 'Body <and> mind']);
    expect(elements(items[2]!, 'category')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(buildFeed(input, 'rss')).toBe(xml);
  });
});

describe('buildFeed: Atom', () => {
  const xml = buildFeed(input, 'atom');
  const entries = elements(xml, 'entry');

  it('is well-formed XML', () => {
    expect(checkWellFormed(xml)).toBeNull();
  });

  it('has ids, links and dates for each entry, newest first', () => {
    expect(entries.map((entry) => textOf(entry, 'id'))).toEqual([
      'https://example.org/articles/tricky',
      'https://example.org/articles/middle',
      'https://example.org/articles/oldest',
    ]);
    expect(entries[0]).toContain('<link href="https://example.org/articles/tricky"/>');
    expect(textOf(entries[0]!, 'updated')).toBe('2026-11-20T18:30:00.000Z');
    expect(xml).toContain('<link rel="self" href="https://example.org/feed.atom"/>');
    expect(textOf(xml, 'name')).toBe('Sam Example');
  });

  it('escapes titles and keeps category attributes valid', () => {
    expect(decodeHtml(textOf(entries[0]!, 'title'))).toBe(articles[1]!.title);
    expect(entries[0]).toContain('term="sleep-rest"');
    expect(entries[0]).toContain('label="Sleep &amp; rest"');
    expect(entries[0]).toContain('label="Body and> mind"');
  });
});

describe('buildFeed: edge cases', () => {
  it('falls back to the default SEO description without a tagline', () => {
    const xml = buildFeed({ ...input, chrome: { ...chrome, tagline: null } }, 'rss');
    expect(textOf(xml, 'description')).toBe('Fallback description');
  });

  it('gives a valid, dated feed when nothing is published', () => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = buildFeed({ ...input, articles: [] }, format);
      expect(checkWellFormed(xml)).toBeNull();
      expect(xml).not.toMatch(/<item>|<entry>/);
    }
    expect(textOf(buildFeed({ ...input, articles: [] }, 'atom'), 'updated')).toBe('1970-01-01T00:00:00.000Z');
  });

  it('keeps only the newest articles up to the limit', () => {
    const xml = buildFeed({ ...input, limit: 2 }, 'rss');
    expect(elements(xml, 'item').map((item) => textOf(item, 'link'))).toEqual([
      'https://example.org/articles/tricky',
      'https://example.org/articles/middle',
    ]);
  });

  it('drops characters XML cannot carry and articles without a valid date', () => {
    const xml = buildFeed(
      { ...input, articles: [article('ctl', '2026-01-01T00:00:00.000Z', { title: 'Bell\u0007 and\u0000 null' }), article('bad', 'not a date')] },
      'rss',
    );
    expect(checkWellFormed(xml)).toBeNull();
    expect(elements(xml, 'item')).toHaveLength(1);
    expect(textOf(xml, 'title', 1)).toBe('Bell and null');
  });

  it('encodes slugs in links', () => {
    const xml = buildFeed({ ...input, articles: [article('a b', '2026-01-01T00:00:00.000Z')] }, 'rss');
    expect(textOf(elements(xml, 'item')[0]!, 'link')).toBe('https://example.org/articles/a%20b');
  });
});

describe('the well-formedness check used above', () => {
  it('rejects what a broken feed would contain', () => {
    expect(checkWellFormed('<a><b>x &amp; y</b><![CDATA[1 < 2 & 3]]></a>')).toBeNull();
    expect(checkWellFormed('<a>x & y</a>')).toMatch(/bare &/);
    expect(checkWellFormed('<a x="1 < 2"/>')).toMatch(/bad start tag/);
    expect(checkWellFormed('<a><![CDATA[one ]]> two]]></a>')).toMatch(/\]\]>/);
    expect(checkWellFormed('<a><b></a>')).toMatch(/mismatched/);
  });
});

// --- small XML helpers (the test must not trust the library it checks) -------------------------

/** Every `<name …>…</name>` element, as its source text. */
function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>[\\s\\S]*?</${name}>`, 'g'))].map((m) => m[0]);
}

function inner(element: string): string {
  return element.slice(element.indexOf('>') + 1, element.lastIndexOf('</'));
}

/** The text of the nth `<name>` element: CDATA sections joined, entities decoded. */
function textOf(xml: string, name: string, index = 0): string {
  const element = elements(xml, name)[index];
  if (element === undefined) throw new Error(`no <${name}> #${index}`);
  return decodeXml(inner(element));
}

function decodeXml(content: string): string {
  return content
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeHtml(part)))
    .join('');
}

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&amp;/g, '&');
}

/**
 * A strict-enough XML 1.0 well-formedness check: balanced tags, quoted attributes without `<`,
 * `&` only in entity references, CDATA closed, no forbidden control characters. Returns the
 * first problem, or null.
 */
function checkWellFormed(xml: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) return 'forbidden control character';
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let rest = body;
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
  while (rest.length > 0) {
    if (rest.startsWith('<![CDATA[')) {
      const end = rest.indexOf(']]>');
      if (end < 0) return 'unclosed CDATA';
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('</')) {
      const match = /^<\/([\w:.-]+)\s*>/.exec(rest);
      if (!match) return `bad end tag near ${rest.slice(0, 40)}`;
      if (stack.pop() !== match[1]) return `mismatched </${match[1]}>`;
      rest = rest.slice(match[0].length);
    } else if (rest.startsWith('<')) {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(rest);
      if (!match) return `bad start tag near ${rest.slice(0, 60)}`;
      if (badAmp.test(match[2] ?? '')) return `bare & in attributes of <${match[1]}>`;
      if (!match[3]) stack.push(match[1]!);
      rest = rest.slice(match[0].length);
    } else {
      const next = rest.indexOf('<');
      const text = next < 0 ? rest : rest.slice(0, next);
      if (badAmp.test(text)) return `bare & in text near ${text.slice(0, 40)}`;
      if (text.includes(']]>')) return '"]]>" in text';
      if (stack.length === 0 && text.trim()) return 'text outside the root element';
      rest = next < 0 ? '' : rest.slice(next);
    }
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : null;
}
