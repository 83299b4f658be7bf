/**
 * WordPress post content (classic HTML or Gutenberg block markup) → Strapi Blocks.
 *
 * parse5 parses the HTML exactly as a browser would (misnested or unclosed tags included); this
 * module walks the tree once. Inline content streams into the current paragraph; a block element
 * ends it. What Blocks cannot hold is reported in `losses` and kept as readable text or a link
 * where that makes sense; scripts, styles and forms are dropped, never stored.
 */
import { parseFragment } from 'parse5';
import type { HeadingLevel, InlineNode, ListItemNode, ListNode } from '@tend/shared-types';

import type { BodyLoss, ConvertedBlock, ConvertedBody, PendingImage } from './converted-body';
import { attr, children, findFirst, hasClass, isElement, isText, textContent, type DomElement, type DomNode } from './dom';
import { MARK_OF_TAG, isBlank, normaliseInline, text, type Marks } from './inline-nodes';
import { safeHref } from './safe-link';
import { markShortcodes, shortcodeAttrs } from './shortcodes';

/** An image the old site knows by attachment ID (for `[gallery ids="…"]`). */
export interface KnownImage {
  src: string;
  alt: string;
  caption: string;
}

export interface HtmlToBlocksOptions {
  /** The old site's addresses; links to them become site-relative paths. */
  oldSiteOrigins?: readonly string[];
  /** Attachments by ID, and the ones attached to this post, for galleries. */
  attachments?: ReadonlyMap<string, KnownImage>;
  postAttachments?: readonly KnownImage[];
}

const DROPPED: Record<string, string> = {
  script: 'script',
  style: 'style sheet',
  noscript: 'noscript fallback',
  template: 'template',
  form: 'form',
  input: 'form field',
  select: 'form field',
  textarea: 'form field',
  button: 'button',
  canvas: 'canvas',
  svg: 'drawing (SVG)',
  math: 'formula (MathML)',
};
const MEDIA = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
const HEADING = /^h([1-6])$/;
/** Deeper markup than this is read as plain text: no real post nests so deep, and recursion must stay bounded. */
const MAX_DEPTH = 200;

class Converter {
  readonly blocks: ConvertedBlock[] = [];
  readonly losses: BodyLoss[] = [];
  private inline: InlineNode[] = [];
  /** Images met inside a heading, quote or list item: shown right after it. */
  private hoisted: PendingImage[] | null = null;
  private depth = 0;
  private flattened = false;

  constructor(
    private readonly options: HtmlToBlocksOptions,
    /** Classic editor content: a blank line is a new paragraph, a newline a line break. */
    private readonly classic: boolean,
  ) {}

  lose(what: string, outcome: string): void {
    this.losses.push({ what, outcome });
  }

  flush(): void {
    const children = normaliseInline(this.inline);
    this.inline = [];
    if (!isBlank(children)) this.blocks.push({ type: 'paragraph', children });
  }

  private pushImage(image: PendingImage): void {
    if (this.hoisted) this.hoisted.push(image);
    else {
      this.flush();
      this.blocks.push(image);
    }
  }

  /** Inline content of a container (heading, quote, list item), images held to follow it. */
  private collect(nodes: DomNode[], marks: Marks = {}): { inline: InlineNode[]; images: PendingImage[] } {
    const saved = { inline: this.inline, hoisted: this.hoisted };
    this.inline = [];
    this.hoisted = [];
    for (const node of nodes) this.walk(node, marks, true);
    const result = { inline: normaliseInline(this.inline), images: this.hoisted };
    this.inline = saved.inline;
    this.hoisted = saved.hoisted;
    return result;
  }

  private addText(value: string, marks: Marks, inContainer: boolean): void {
    if (!this.classic) {
      this.inline.push(text(value.replace(/\s+/g, ' '), marks));
      return;
    }
    const paragraphs = value.split(/\n[ \t]*\n\s*/);
    paragraphs.forEach((part, index) => {
      if (index > 0) {
        if (inContainer) this.inline.push(text('\n', marks));
        else this.flush();
      }
      this.inline.push(text(part.replace(/[ \t]*\n[ \t]*/g, '\n'), marks));
    });
  }

  walk(node: DomNode, marks: Marks, inContainer: boolean): void {
    if (isText(node)) return this.addText(node.value, marks, inContainer);
    if (!isElement(node)) return; // comments, including Gutenberg's <!-- wp:… --> delimiters
    if (this.depth > MAX_DEPTH) {
      if (!this.flattened) this.lose('very deeply nested markup', 'kept as plain text');
      this.flattened = true;
      return this.addText(textContent(node), marks, true);
    }
    const tag = node.tagName;
    const mark = MARK_OF_TAG[tag];
    if (mark) return this.walkChildren(node, { ...marks, [mark]: true }, inContainer);
    if (tag === 'br') return void this.inline.push(text('\n', marks));
    if (tag === 'a') return this.link(node, marks, inContainer);
    if (tag === 'img') return this.image(node, '');
    if (DROPPED[tag]) return this.lose(DROPPED[tag], 'removed: it is never run or shown on the new site');
    if (MEDIA.has(tag)) return this.media(node, tag === 'iframe' || tag === 'embed' || tag === 'object' ? 'embed' : tag);
    if (tag === 'tend-shortcode') return this.shortcode(node, marks, inContainer);
    if (inContainer) {
      // A block inside a heading, quote or list item: its text continues on a new line.
      if (['p', 'div', 'li', 'pre', 'blockquote', 'tr', 'dd', 'dt', 'figcaption'].includes(tag) || HEADING.test(tag)) {
        if (!isBlank(this.inline)) this.inline.push(text('\n', marks));
      }
      if (tag === 'table') this.lose('table', 'kept as plain text');
      return this.walkChildren(node, marks, true);
    }
    if (!['span', 'abbr', 'acronym', 'small', 'big', 'sup', 'sub', 'mark', 'q', 'font', 'time', 'label', 'bdi', 'bdo', 'wbr', 'data'].includes(tag)) {
      this.flush();
    }
    const heading = HEADING.exec(tag);
    if (heading) return this.heading(node, Number(heading[1]) as HeadingLevel);
    switch (tag) {
      case 'ul':
      case 'ol':
        this.blocks.push(this.list(node, 0));
        return;
      case 'blockquote':
        return this.quote(node);
      case 'pre':
        return this.code(node);
      case 'figure':
        return this.figure(node, marks);
      case 'table':
        return this.table(node);
      case 'hr':
        return this.lose('horizontal line', 'removed; the text around it is kept');
      default:
        if (tag === 'div' && (hasClass(node, 'gallery') || hasClass(node, 'tiled-gallery'))) {
          this.lose('gallery', 'its images are shown one after another');
        }
        this.walkChildren(node, marks, false);
        this.flush();
    }
  }

  private walkChildren(node: DomElement, marks: Marks, inContainer: boolean): void {
    this.depth += 1;
    try {
      for (const child of children(node)) this.walk(child, marks, inContainer);
    } finally {
      this.depth -= 1;
    }
  }

  private link(node: DomElement, marks: Marks, inContainer: boolean): void {
    const href = attr(node, 'href');
    const url = href === undefined ? null : safeHref(href, this.options.oldSiteOrigins ?? []);
    if (href !== undefined && url === null && href.trim() !== '') {
      this.lose('unsafe link', `the link to "${href.slice(0, 80)}" was removed; its text is kept`);
    }
    const collected = this.collect(children(node), marks);
    const texts = collected.inline.flatMap((n) => (n.type === 'text' ? [n] : n.children));
    if (url && !isBlank(collected.inline)) this.inline.push({ type: 'link', url, children: texts });
    else this.inline.push(...texts);
    for (const image of collected.images) this.pushImage(image);
    void inContainer;
  }

  private image(node: DomElement, caption: string): void {
    const src = attr(node, 'src')?.trim() ?? '';
    if (src === '' || src.startsWith('data:')) {
      this.lose('image without an address', 'removed');
      return;
    }
    this.pushImage({ type: 'pending-image', src, alt: (attr(node, 'alt') ?? '').trim(), caption: caption.trim() });
  }

  private media(node: DomElement, kind: string): void {
    const source = attr(node, 'src') ?? attr(node, 'data') ?? (findFirst(node, (e) => e.tagName === 'source') ? attr(findFirst(node, (e) => e.tagName === 'source')!, 'src') : undefined);
    const url = source ? safeHref(source, this.options.oldSiteOrigins ?? []) : null;
    if (url && /^https?:|^\//.test(url)) {
      this.flush();
      this.inline.push(text(`${kind === 'embed' ? 'Embedded content' : kind === 'video' ? 'Video' : 'Audio'}: `, {}), { type: 'link', url, children: [text(url, {})] });
      this.flush();
      this.lose(kind, 'replaced by a link to it: the site shows no third-party embeds');
    } else {
      this.lose(kind, 'removed: it had no address the site can link to');
    }
  }

  private shortcode(node: DomElement, marks: Marks, inContainer: boolean): void {
    const name = attr(node, 'name') ?? '';
    const attrs = shortcodeAttrs(attr(node, 'attrs') ?? '');
    if (name === 'caption' || name === 'wp_caption') return this.figure(node, marks);
    if (name === 'gallery') return this.gallery(attrs);
    if (name === 'embed' || ['youtube', 'vimeo', 'twitter', 'tweet', 'instagram', 'soundcloud', 'dailymotion', 'googlemaps'].includes(name)) {
      const url = (textContent(node).trim() || attrs.url || attrs.src || Object.keys(attrs)[0] || '').trim();
      const safe = url ? safeHref(url, []) : null;
      if (safe) {
        this.flush();
        this.inline.push(text('Embedded content: ', {}), { type: 'link', url: safe, children: [text(safe, {})] });
        this.flush();
        this.lose(`shortcode [${name}]`, 'replaced by a link to the embedded content');
      } else this.lose(`shortcode [${name}]`, 'removed: it had no address to link to');
      return;
    }
    if (['audio', 'video'].includes(name) && (attrs.src || attrs.mp3 || attrs.mp4)) {
      return this.media({ ...node, attrs: [{ name: 'src', value: attrs.src ?? attrs.mp3 ?? attrs.mp4 ?? '' }] }, name);
    }
    this.lose(`shortcode [${name}]`, children(node).length > 0 ? 'its markers were removed; the text inside is kept' : 'removed: the new site has nothing like it');
    this.walkChildren(node, marks, inContainer);
  }

  private gallery(attrs: Record<string, string>): void {
    const byId = this.options.attachments ?? new Map<string, KnownImage>();
    const images = attrs.ids
      ? attrs.ids.split(',').map((id) => byId.get(id.trim())).filter((i): i is KnownImage => i !== undefined)
      : [...(this.options.postAttachments ?? [])];
    this.lose('shortcode [gallery]', images.length > 0 ? `its ${images.length} images are shown one after another` : 'removed: it named no images in the export');
    for (const image of images) this.pushImage({ type: 'pending-image', ...image });
  }

  private heading(node: DomElement, level: HeadingLevel): void {
    const { inline, images } = this.collect(children(node));
    if (!isBlank(inline)) this.blocks.push({ type: 'heading', level, children: inline });
    for (const image of images) this.pushImage(image);
  }

  private quote(node: DomElement): void {
    const { inline, images } = this.collect(children(node));
    if (!isBlank(inline)) this.blocks.push({ type: 'quote', children: inline });
    for (const image of images) this.pushImage(image);
  }

  private code(node: DomElement): void {
    const language = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(attr(findFirst(node, (e) => e.tagName === 'code') ?? node, 'class') ?? '')?.[1];
    const value = textContent(node).replace(/^\n/, '').replace(/\s+$/, '');
    if (value !== '') this.blocks.push({ type: 'code', language: language ?? 'plaintext', children: [text(value, {})] });
  }

  private list(node: DomElement, indentLevel: number): ListNode {
    this.depth += 1;
    try {
      return this.listAtDepth(node, indentLevel);
    } finally {
      this.depth -= 1;
    }
  }

  private nested(list: DomElement, indentLevel: number): ListItemNode | ListNode {
    if (this.depth <= MAX_DEPTH) return this.list(list, indentLevel);
    this.lose('very deeply nested list', 'kept as plain text');
    return { type: 'list-item', children: [text(textContent(list).replace(/\s+/g, ' ').trim(), {})] };
  }

  private listAtDepth(node: DomElement, indentLevel: number): ListNode {
    const items: Array<ListItemNode | ListNode> = [];
    const images: PendingImage[] = [];
    for (const child of children(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        items.push(this.nested(child, indentLevel + 1));
        continue;
      }
      const own = children(child).filter((c) => !isElement(c) || (c.tagName !== 'ul' && c.tagName !== 'ol'));
      const collected = this.collect(own);
      items.push({ type: 'list-item', children: collected.inline });
      images.push(...collected.images);
      for (const sub of children(child)) {
        if (isElement(sub) && (sub.tagName === 'ul' || sub.tagName === 'ol')) items.push(this.nested(sub, indentLevel + 1));
      }
    }
    if (indentLevel === 0) for (const image of images) this.blocks.push(image);
    else this.hoisted?.push(...images);
    const format = node.tagName === 'ol' ? 'ordered' : 'unordered';
    return { type: 'list', format, ...(indentLevel > 0 ? { indentLevel } : {}), children: items.length > 0 ? items : [{ type: 'list-item', children: [text('', {})] }] };
  }

  private figure(node: DomElement, marks: Marks): void {
    const img = findFirst(node, (e) => e.tagName === 'img');
    const figcaption = findFirst(node, (e) => e.tagName === 'figcaption');
    if (hasClass(node, 'wp-block-embed') || hasClass(node, 'wp-block-video') || hasClass(node, 'wp-block-audio')) {
      const video = findFirst(node, (e) => MEDIA.has(e.tagName));
      if (video) return this.media(video, video.tagName === 'video' || video.tagName === 'audio' ? video.tagName : 'embed');
      const url = safeHref(textContent(findFirst(node, (e) => hasClass(e, 'wp-block-embed__wrapper')) ?? node).trim(), []);
      if (url) return this.media({ ...node, attrs: [{ name: 'src', value: url }] }, 'embed');
    }
    if (hasClass(node, 'wp-block-gallery')) this.lose('gallery', 'its images are shown one after another');
    if (!img || (hasClass(node, 'wp-block-gallery'))) {
      this.walkChildren(node, marks, false);
      this.flush();
      return;
    }
    // [caption] puts its caption as loose text after the image; a <figure> in a <figcaption>.
    const caption = figcaption ? textContent(figcaption) : textContent(node);
    this.image(img, caption.replace(/\s+/g, ' '));
    for (const child of children(node)) {
      if (isElement(child) && child !== figcaption && child !== img && !findFirst(child, (e) => e === img) && child.tagName !== 'a') {
        this.walk(child, marks, false);
      }
    }
    this.flush();
  }

  private table(node: DomElement): void {
    const rows: DomElement[] = [];
    const visit = (element: DomElement): void => {
      for (const child of children(element)) {
        if (!isElement(child)) continue;
        if (child.tagName === 'tr') rows.push(child);
        else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child);
      }
    };
    visit(node);
    for (const row of rows) {
      const cells = children(row).filter(isElement).map((cell) => textContent(cell).replace(/\s+/g, ' ').trim());
      if (cells.some((c) => c !== '')) this.blocks.push({ type: 'paragraph', children: [text(cells.join(' | '), {})] });
    }
    this.lose('table', `kept as plain text, one line per row (${rows.length} rows)`);
  }
}

/** Level-1 headings belong to the article title: when the body uses them, every heading moves down one. */
function shiftHeadings(blocks: ConvertedBlock[]): boolean {
  if (!blocks.some((b) => b.type === 'heading' && b.level === 1)) return false;
  for (const block of blocks) {
    if (block.type === 'heading') block.level = Math.min(block.level + 1, 6) as HeadingLevel;
  }
  return true;
}

export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): ConvertedBody {
  const classic = !html.includes('<!-- wp:');
  const converter = new Converter(options, classic);
  const fragment = parseFragment(markShortcodes(html.replace(/\r\n?/g, '\n')));
  for (const node of fragment.childNodes) converter.walk(node, {}, false);
  converter.flush();
  const headingsShifted = shiftHeadings(converter.blocks);
  return { blocks: converter.blocks, losses: converter.losses, headingsShifted };
}
