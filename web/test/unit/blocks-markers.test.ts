import type { InlineNode } from '@tend/shared-types';
import { describe, expect, it } from 'vitest';
import { splitChecklist, splitTextPieces, startsWithMarker } from '../../shared/utils/blocks-markers';

const text = (value: string, marks: Partial<Record<'bold' | 'italic', boolean>> = {}): InlineNode => ({
  type: 'text',
  text: value,
  ...marks,
});

describe('splitTextPieces', () => {
  it('separates yes/no markers (with or without the variation selector) and line breaks', () => {
    expect(splitTextPieces('✅ Listening\n❌ Judging ✔️ok ✖️')).toEqual([
      { kind: 'marker', emoji: '✅', meaning: 'yes' },
      { kind: 'text', text: ' Listening' },
      { kind: 'break' },
      { kind: 'marker', emoji: '❌', meaning: 'no' },
      { kind: 'text', text: ' Judging ' },
      { kind: 'marker', emoji: '✔️', meaning: 'yes' },
      { kind: 'text', text: 'ok ' },
      { kind: 'marker', emoji: '✖️', meaning: 'no' },
    ]);
  });

  it('leaves ordinary text alone', () => {
    expect(splitTextPieces('Plain text 🙂')).toEqual([{ kind: 'text', text: 'Plain text 🙂' }]);
  });
});

describe('startsWithMarker', () => {
  it.each([
    ['✅ yes', true],
    ['  ❌ no', true],
    ['No ✅ here', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(startsWithMarker(value)).toBe(expected);
  });
});

describe('splitChecklist', () => {
  it('keeps paragraphs with fewer than two markers as they are', () => {
    expect(splitChecklist([text('✅ Listening, always.')])).toBeNull();
    expect(splitChecklist([text('No markers')])).toBeNull();
  });

  it('cuts an emoji-separated paragraph into items', () => {
    expect(splitChecklist([text('❌ Judging you ❌ Rushing you ✅ Listening')])).toEqual({
      lead: [],
      items: [[text('❌ Judging you')], [text('❌ Rushing you')], [text('✅ Listening')]],
    });
  });

  it('keeps a lead-in, marks and links, and never cuts a link', () => {
    const link: InlineNode = { type: 'link', url: '/book', children: [{ type: 'text', text: 'book ✅ now' }] };
    expect(
      splitChecklist([text('What we do: '), text('✅ Listen', { bold: true }), text(' and '), link, text('\n❌ Hurry')]),
    ).toEqual({
      lead: [text('What we do:')],
      items: [[text('✅ Listen', { bold: true }), text(' and '), link], [text('❌ Hurry')]],
    });
  });
});
