import { describe, expect, it } from 'vitest';
import { blocksText, fieldLabel } from '../../src/versions/readable-text';

const text = (value: string) => ({ type: 'text', text: value });

describe('a version’s text in plain words', () => {
  it('reads Blocks as paragraphs, headings, lists, quotes, links and images, never as JSON', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [text('Small steps')] },
      { type: 'paragraph', children: [text('Call '), { type: 'link', url: 'tel:116123', children: [text('Samaritans')] }, text(' any time.')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Breathe out slowly')] }, { type: 'list-item', children: [text('Name five things')] }] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('First')] }] },
      { type: 'quote', children: [text('It just makes it worse.')] },
      { type: 'image', image: { name: 'window.jpg', alternativeText: 'An open window' }, children: [text('')] },
    ];
    expect(blocksText(blocks)).toBe(
      [
        'Heading 2: Small steps',
        'Call Samaritans (link to tel:116123) any time.',
        '• Breathe out slowly\n• Name five things',
        '1. First',
        'Quote: It just makes it worse.',
        'Image: An open window',
      ].join('\n\n'),
    );
  });

  it('names fields the way the dashboard does', () => {
    expect(fieldLabel('contentNote')).toBe('Content note');
    expect(fieldLabel('lastReviewed')).toBe('Last reviewed');
  });
});
