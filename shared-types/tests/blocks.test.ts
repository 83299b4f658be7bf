import { describe, expect, it } from 'vitest';
import { BlocksSchema } from '../src/strapi/blocks';
import type { Blocks } from '../src/strapi/blocks';

const text = (value: string) => ({ type: 'text', text: value });

describe('BlocksSchema', () => {
  it('accepts every block type the Strapi editor produces', () => {
    const blocks: Blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Feeling anxious' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Read ', bold: true, italic: true, underline: true },
          {
            type: 'link',
            url: 'https://www.nhs.uk',
            children: [{ type: 'text', text: 'the NHS page' }],
          },
          { type: 'text', text: '.', strikethrough: false, code: false },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'A quote' }] },
      { type: 'code', language: 'plaintext', children: [{ type: 'text', text: 'x = 1' }] },
      {
        type: 'image',
        image: {
          url: '/uploads/room.jpg',
          alternativeText: null,
          width: null,
          height: null,
          caption: null,
        },
        children: [{ type: 'text', text: '' }],
      },
    ];
    expect(BlocksSchema.parse(blocks)).toEqual(blocks);
  });

  it('accepts nested lists', () => {
    const list = {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('Breathing')] },
        {
          type: 'list',
          format: 'ordered',
          indentLevel: 1,
          children: [
            { type: 'list-item', children: [text('In for four')] },
            {
              type: 'list',
              format: 'unordered',
              indentLevel: 2,
              children: [{ type: 'list-item', children: [text('Hold')] }],
            },
          ],
        },
      ],
    };
    expect(BlocksSchema.safeParse([list]).error).toBeUndefined();
  });

  it('rejects an unknown node type, at the top or inside a list', () => {
    expect(BlocksSchema.safeParse([{ type: 'video', children: [] }]).success).toBe(false);
    const list = {
      type: 'list',
      format: 'ordered',
      children: [{ type: 'paragraph', children: [text('x')] }],
    };
    expect(BlocksSchema.safeParse([list]).success).toBe(false);
    const inline = { type: 'paragraph', children: [{ type: 'mention', text: 'x' }] };
    expect(BlocksSchema.safeParse([inline]).success).toBe(false);
  });

  it('rejects a link without a url', () => {
    const paragraph = (link: object) => [{ type: 'paragraph', children: [link] }];
    expect(BlocksSchema.safeParse(paragraph({ type: 'link', children: [text('x')] })).success).toBe(
      false,
    );
    expect(
      BlocksSchema.safeParse(paragraph({ type: 'link', url: '', children: [text('x')] })).success,
    ).toBe(false);
  });

  it('checks heading levels, list formats and text', () => {
    expect(
      BlocksSchema.safeParse([{ type: 'heading', level: 7, children: [text('x')] }]).success,
    ).toBe(false);
    expect(
      BlocksSchema.safeParse([{ type: 'list', format: 'bulleted', children: [] }]).success,
    ).toBe(false);
    expect(
      BlocksSchema.safeParse([{ type: 'paragraph', children: [{ type: 'text' }] }]).success,
    ).toBe(false);
    expect(BlocksSchema.safeParse([{ type: 'image', children: [] }]).success).toBe(false);
    expect(BlocksSchema.safeParse({ type: 'paragraph', children: [] }).success).toBe(false);
  });
});
