import { readingMinutes as sharedReadingMinutes, type Blocks } from '@tend/shared-types';
import { describe, expect, it } from 'vitest';
import { fakeBody } from '../../src/scale/fake-body';
import { seededRandom } from '../../src/scale/random';
import { blocksText, readingMinutes } from '../../src/reading-time/reading-minutes';

const text = (value: string) => ({ type: 'text' as const, text: value });

describe('readingMinutes (cms copy of the shared rules)', () => {
  it('counts 200 words a minute, rounded up, at least 1', () => {
    const body = (n: number) => [{ type: 'paragraph', children: [text(Array.from({ length: n }, () => 'word').join(' '))] }];
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes(body(200))).toBe(1);
    expect(readingMinutes(body(201))).toBe(2);
    expect(readingMinutes(body(1000))).toBe(5);
  });

  it('joins inline pieces as written and separates blocks and list items', () => {
    const body = [
      { type: 'paragraph', children: [text('gar'), { type: 'link', url: '/x', children: [text('den')] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('one')] }, { type: 'list-item', children: [text('two')] }] },
      { type: 'heading', level: 2, children: [text('river')] },
    ];
    expect(blocksText(body)).toBe('garden one two river');
  });

  it('ignores what is not Blocks (emoji-only tokens, missing children, other values)', () => {
    expect(blocksText(null)).toBe('');
    expect(blocksText([{ type: 'paragraph' }, 'x', 3])).toBe('');
    expect(readingMinutes([{ type: 'paragraph', children: [text('🌿 — 🌊')] }])).toBe(1);
  });

  it('agrees with the definition in @tend/shared-types on generated articles', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 40; i += 1) {
      const body = fakeBody(random, 100 + Math.floor(random() * 2000));
      expect(readingMinutes(body)).toBe(sharedReadingMinutes(body as Blocks));
    }
  });
});
