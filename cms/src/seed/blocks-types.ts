/**
 * The Strapi 5 Blocks value: what the Blocks editor stores in a `blocks` attribute and what the
 * REST API returns for it.
 *
 * A local, dependency-free copy of the shape in `@strapi/types`
 * (`schema/attribute/definitions/blocks.d.ts`) and of the server-side validator in `@strapi/core`
 * (`services/entity-validator/blocks-validator`). The official zod schema for the web lives in
 * shared-types; keep this file structurally identical to Strapi's format:
 *
 * - text marks are optional `true` flags, absent when off (the editor never writes `false`);
 * - a nested list is a `list` node placed in its parent list's `children`, right after the
 *   list item it belongs to, with `indentLevel` one higher than the parent (the editor's Tab
 *   handler does exactly this; top-level lists carry no `indentLevel`);
 * - every block, list item and link has at least one child (an empty text node if need be).
 */

/** The formatting marks a text node can carry. */
export interface TextMarks {
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
  code?: true;
}

export interface TextNode extends TextMarks {
  type: 'text';
  text: string;
}

export interface LinkNode {
  type: 'link';
  /** `https:`, `http:`, `mailto:`, `tel:` or a site-relative path starting with `/`. */
  url: string;
  children: TextNode[];
}

/** What paragraphs, headings, quotes and list items contain. */
export type InlineNode = TextNode | LinkNode;

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  children: InlineNode[];
}

export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}

export interface CodeBlock {
  type: 'code';
  /** The editor's default is `plaintext`. */
  language?: string | null;
  children: TextNode[];
}

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}

export type ListFormat = 'ordered' | 'unordered';

export interface ListBlock {
  type: 'list';
  format: ListFormat;
  /** 0 (or absent) for a top-level list, parent + 1 for a nested one. */
  indentLevel?: number;
  children: Array<ListItemNode | ListBlock>;
}

/** The media file as Strapi returns it inside an image block. */
export interface BlocksImage {
  name: string;
  alternativeText?: string | null;
  url: string;
  caption?: string | null;
  width: number;
  height: number;
  formats?: Record<string, unknown> | null;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  previewUrl?: string | null;
  provider: string;
  provider_metadata?: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface ImageBlock {
  type: 'image';
  image: BlocksImage;
  children: [{ type: 'text'; text: '' }];
}

/** A root node of a Blocks value. */
export type BlockNode =
  | ParagraphBlock
  | HeadingBlock
  | QuoteBlock
  | CodeBlock
  | ListBlock
  | ImageBlock;

/** A whole Blocks value, as stored in a `blocks` attribute. */
export type BlocksContent = BlockNode[];
