import { z } from 'zod';
import { MediaSchema } from './media';
import type { MediaFormat } from './media';

// Strapi 5 "Blocks" rich text, as stored by the Blocks editor and returned by the REST API.
// Mirrors Strapi's own blocks validator (@strapi/core entity-validator/blocks-validator).
// Objects are not strict: Strapi keeps unknown keys, and a renderer can ignore them.
// Node types are checked exactly, so an unknown node type fails validation.

export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  strikethrough?: boolean | undefined;
  code?: boolean | undefined;
};

/** A link. `url` is whatever the editor stored: the renderer decides which protocols it allows. */
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };

export type InlineNode = TextNode | LinkNode;

export type ParagraphNode = { type: 'paragraph'; children: InlineNode[] };

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type HeadingNode = { type: 'heading'; level: HeadingLevel; children: InlineNode[] };

export type ListItemNode = { type: 'list-item'; children: InlineNode[] };

/** A list; its children are items or further (nested) lists. */
export type ListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: (ListItemNode | ListNode)[];
};

export type QuoteNode = { type: 'quote'; children: InlineNode[] };

export type CodeNode = { type: 'code'; language?: string | null | undefined; children: TextNode[] };

/** The uploaded file an image block points to, copied into the block when it was inserted. */
export type BlockImage = {
  url: string;
  name?: string | undefined;
  alternativeText?: string | null | undefined;
  caption?: string | null | undefined;
  width?: number | null | undefined;
  height?: number | null | undefined;
  formats?: Record<string, MediaFormat> | null | undefined;
  hash?: string | undefined;
  ext?: string | null | undefined;
  mime?: string | undefined;
  size?: number | undefined;
  previewUrl?: string | null | undefined;
  provider?: string | undefined;
  provider_metadata?: unknown;
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
};

export type ImageNode = { type: 'image'; image: BlockImage; children: InlineNode[] };

/** A top-level block. */
export type BlockNode = ParagraphNode | HeadingNode | ListNode | QuoteNode | CodeNode | ImageNode;

export type Blocks = BlockNode[];

export const TextNodeSchema: z.ZodType<TextNode> = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export const LinkNodeSchema: z.ZodType<LinkNode> = z.object({
  type: z.literal('link'),
  url: z.string().min(1),
  children: z.array(TextNodeSchema),
});

export const InlineNodeSchema: z.ZodType<InlineNode> = z.union([TextNodeSchema, LinkNodeSchema]);

export const ParagraphNodeSchema: z.ZodType<ParagraphNode> = z.object({
  type: z.literal('paragraph'),
  children: z.array(InlineNodeSchema),
});

export const HeadingNodeSchema: z.ZodType<HeadingNode> = z.object({
  type: z.literal('heading'),
  level: z.literal([1, 2, 3, 4, 5, 6]),
  children: z.array(InlineNodeSchema),
});

export const ListItemNodeSchema: z.ZodType<ListItemNode> = z.object({
  type: z.literal('list-item'),
  children: z.array(InlineNodeSchema),
});

export const ListNodeSchema: z.ZodType<ListNode> = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.int().min(0).optional(),
  children: z.array(z.lazy(() => z.union([ListItemNodeSchema, ListNodeSchema]))),
});

export const QuoteNodeSchema: z.ZodType<QuoteNode> = z.object({
  type: z.literal('quote'),
  children: z.array(InlineNodeSchema),
});

export const CodeNodeSchema: z.ZodType<CodeNode> = z.object({
  type: z.literal('code'),
  language: z.string().nullable().optional(),
  children: z.array(TextNodeSchema),
});

// An image inside the Blocks body is a copy of the media file without its ids.
export const BlockImageSchema: z.ZodType<BlockImage> = MediaSchema.omit({ id: true, documentId: true });

export const ImageNodeSchema: z.ZodType<ImageNode> = z.object({
  type: z.literal('image'),
  image: BlockImageSchema,
  children: z.array(InlineNodeSchema),
});

export const BlockNodeSchema: z.ZodType<BlockNode> = z.union([
  ParagraphNodeSchema,
  HeadingNodeSchema,
  ListNodeSchema,
  QuoteNodeSchema,
  CodeNodeSchema,
  ImageNodeSchema,
]);

/** The value of a `blocks` attribute. */
export const BlocksSchema: z.ZodType<Blocks> = z.array(BlockNodeSchema);
