/**
 * Markdown → Strapi 5 Blocks JSON, for the demo seed (articles and the About text are written as
 * Markdown files and stored as Blocks, exactly as the Blocks editor would have stored them).
 *
 * Parsing is marked's lexer (GFM); this module only maps its tokens onto Blocks nodes:
 *
 * | Markdown                         | Blocks                                                   |
 * | -------------------------------- | -------------------------------------------------------- |
 * | paragraph                        | `paragraph`                                              |
 * | `#` … `######`                   | `heading` with `level` 1–6                               |
 * | `-` / `1.` lists                 | `list` (`unordered` / `ordered`) of `list-item`           |
 * | a list inside a list item        | a `list` right after that item, `indentLevel` + 1         |
 * | `>` blockquote                   | `quote` (its paragraphs joined by a line break)           |
 * | fenced / indented code           | `code` with `language` (`plaintext` when none is given)   |
 * | `**` `*` `~~` `` ` ``            | text flags `bold`, `italic`, `strikethrough`, `code`      |
 * | `[text](url)`, autolinks         | `link` with text children (allowed schemes only)          |
 * | hard line break                  | `\n` inside the text                                      |
 *
 * Markdown the Blocks format cannot hold (tables, images, raw HTML, horizontal rules) is
 * rejected with an error rather than silently dropped, so a seed file never loses text.
 */
import { Lexer, type Token, type Tokens } from 'marked';

import type {
  BlockNode,
  HeadingLevel,
  InlineNode,
  LinkNode,
  ListItemNode,
  ListNode,
  TextNode,
} from '@tend/shared-types';

export type { BlockNode } from '@tend/shared-types';

/** The formatting marks a text node carries (the editor writes `true` flags, never `false`). */
type TextMarks = Omit<TextNode, 'type' | 'text'>;

/** Link targets Strapi's blocks validator and the web's renderer both accept. */
const ALLOWED_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9]+|\/(?!\/)[^\s]*)$/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  pound: '\u00a3',
  euro: '\u20ac',
  copy: '\u00a9',
};

/** marked keeps character references as written; Blocks text is plain text. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code
        = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

class UnsupportedMarkdownError extends Error {
  constructor(what: string, raw: string) {
    const excerpt = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
    super(`markdownToBlocks: ${what} cannot be stored as Strapi Blocks (near "${excerpt}")`);
    this.name = 'UnsupportedMarkdownError';
  }
}

function textNode(text: string, marks: TextMarks): TextNode {
  return { type: 'text', text, ...marks };
}

function sameMarks(a: TextNode, b: TextNode): boolean {
  return (
    a.bold === b.bold
    && a.italic === b.italic
    && a.underline === b.underline
    && a.strikethrough === b.strikethrough
    && a.code === b.code
  );
}

/** Merges neighbouring text nodes that carry the same marks and drops needless empty ones. */
function mergeTexts(nodes: TextNode[]): TextNode[] {
  const out: TextNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && sameMarks(last, node)) {
      last.text += node.text;
    } else if (node.text !== '' || out.length === 0) {
      if (last && last.text === '') out.pop();
      out.push({ ...node });
    }
  }
  return out.length > 0 ? out : [textNode('', {})];
}

/**
 * Normalises inline children the way the editor (Slate) does: adjacent texts with equal marks
 * merged, empty texts removed, and an empty text kept on each side of a link that would
 * otherwise start or end the block or touch another link.
 */
function normaliseInline(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  let run: TextNode[] = [];
  const flush = (): void => {
    out.push(...mergeTexts(run));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push(node);
    } else {
      flush();
      out.push({ ...node, children: mergeTexts(node.children) });
    }
  }
  flush();
  return out;
}

function checkLink(href: string, raw: string): string {
  const url = decodeEntities(href.trim());
  if (!ALLOWED_LINK.test(url)) {
    throw new UnsupportedMarkdownError(
      `a link to "${url}" (only https:, http:, mailto:, tel: and site-relative /paths)`,
      raw,
    );
  }
  return url;
}

function inlineTokens(tokens: Token[] | undefined, marks: TextMarks): InlineNode[] {
  const out: InlineNode[] = [];
  for (const token of tokens ?? []) out.push(...inlineToken(token, marks));
  return out;
}

function textsOnly(nodes: InlineNode[]): TextNode[] {
  // A link cannot contain a link; marked never produces one, but keep the type honest.
  return nodes.flatMap((n) => (n.type === 'text' ? [n] : n.children));
}

function inlineToken(token: Token, marks: TextMarks): InlineNode[] {
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      if (t.tokens && t.tokens.length > 0) return inlineTokens(t.tokens, marks);
      // A soft line break inside a paragraph is a space, as in rendered Markdown.
      return [textNode(decodeEntities(t.text).replace(/[ \t]*\n[ \t]*/g, ' '), marks)];
    }
    case 'escape':
      return [textNode((token as Tokens.Escape).text, marks)];
    case 'strong':
      return inlineTokens((token as Tokens.Strong).tokens, { ...marks, bold: true });
    case 'em':
      return inlineTokens((token as Tokens.Em).tokens, { ...marks, italic: true });
    case 'del':
      return inlineTokens((token as Tokens.Del).tokens, { ...marks, strikethrough: true });
    case 'codespan':
      return [textNode(decodeEntities((token as Tokens.Codespan).text), { ...marks, code: true })];
    case 'br':
      return [textNode('\n', marks)];
    case 'checkbox':
      // A GFM task-list box: Blocks has no checkboxes; keep the item's text.
      return [];
    case 'link': {
      const t = token as Tokens.Link;
      const link: LinkNode = {
        type: 'link',
        url: checkLink(t.href, t.raw),
        children: textsOnly(inlineTokens(t.tokens, marks)),
      };
      return [link];
    }
    case 'image':
      throw new UnsupportedMarkdownError(
        'an image (upload it to the media library and add it in the editor)',
        token.raw,
      );
    case 'html':
    case 'tag':
      throw new UnsupportedMarkdownError('raw HTML', token.raw);
    default:
      throw new UnsupportedMarkdownError(`inline Markdown of type "${token.type}"`, token.raw);
  }
}

function lineBreak(): TextNode {
  return textNode('\n', {});
}

/** Inline content of a container (quote, list item) made of paragraphs, joined by line breaks. */
function paragraphsAsInline(tokens: Token[], where: string): InlineNode[] {
  const out: InlineNode[] = [];
  for (const token of tokens) {
    if (token.type === 'space' || token.type === 'checkbox') continue;
    if (token.type !== 'paragraph' && token.type !== 'text') {
      throw new UnsupportedMarkdownError(`a ${token.type} inside a ${where}`, token.raw);
    }
    if (out.length > 0) out.push(lineBreak());
    const t = token as Tokens.Paragraph | Tokens.Text;
    out.push(...(t.tokens ? inlineTokens(t.tokens, {}) : inlineToken(t, {})));
  }
  return normaliseInline(out);
}

function listBlock(token: Tokens.List, indentLevel: number): ListNode {
  const children: Array<ListItemNode | ListNode> = [];
  for (const item of token.items) {
    const own: Token[] = [];
    const nested: Tokens.List[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') nested.push(child as Tokens.List);
      else if (nested.length > 0 && child.type !== 'space') {
        throw new UnsupportedMarkdownError('text after a nested list in the same item', item.raw);
      } else own.push(child);
    }
    children.push({ type: 'list-item', children: paragraphsAsInline(own, 'list item') });
    for (const sub of nested) children.push(listBlock(sub, indentLevel + 1));
  }
  return {
    type: 'list',
    format: token.ordered ? 'ordered' : 'unordered',
    // Top-level lists carry no indentLevel, as in the editor.
    ...(indentLevel > 0 ? { indentLevel } : {}),
    children,
  };
}

function blockToken(token: Token): BlockNode[] {
  switch (token.type) {
    case 'space':
    case 'def':
      return [];
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph | Tokens.Text;
      const children = normaliseInline(t.tokens ? inlineTokens(t.tokens, {}) : inlineToken(t, {}));
      return [{ type: 'paragraph', children }];
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      return [
        {
          type: 'heading',
          level: Math.min(Math.max(t.depth, 1), 6) as HeadingLevel,
          children: normaliseInline(inlineTokens(t.tokens, {})),
        },
      ];
    }
    case 'blockquote': {
      const t = token as Tokens.Blockquote;
      return [{ type: 'quote', children: paragraphsAsInline(t.tokens, 'quote') }];
    }
    case 'list':
      return [listBlock(token as Tokens.List, 0)];
    case 'code': {
      const t = token as Tokens.Code;
      const language = t.lang?.trim().split(/\s+/)[0] || 'plaintext';
      return [{ type: 'code', language, children: [textNode(t.text, {})] }];
    }
    case 'table':
      throw new UnsupportedMarkdownError('a table', token.raw);
    case 'hr':
      throw new UnsupportedMarkdownError('a horizontal rule', token.raw);
    case 'html':
      throw new UnsupportedMarkdownError('raw HTML', token.raw);
    default:
      throw new UnsupportedMarkdownError(`Markdown of type "${token.type}"`, token.raw);
  }
}

/**
 * Converts Markdown (GitHub-flavoured) into a Strapi 5 Blocks value.
 *
 * @throws Error when the Markdown holds something Blocks cannot store (tables, images, raw HTML,
 *   horizontal rules) or a link whose scheme the site does not allow.
 */
export function markdownToBlocks(markdown: string): BlockNode[] {
  const tokens = Lexer.lex(markdown.replace(/\r\n?/g, '\n'), { gfm: true, breaks: false });
  return tokens.flatMap(blockToken);
}
