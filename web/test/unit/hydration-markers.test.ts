import { describe, expect, test } from 'vitest';
import { stripHydrationMarkers } from '../../server/utils/hydration-markers';

describe('stripHydrationMarkers', () => {
  test('drops fragment and empty-branch markers, keeping the markup and text between them', () => {
    const rendered = '<ul><!--[--><li>One</li><li>Two</li><!--]--></ul><p><!--[-->Calm<!--]--> words</p><!---->';
    expect(stripHydrationMarkers(rendered)).toBe('<ul><li>One</li><li>Two</li></ul><p>Calm words</p>');
  });

  test('keeps other comments and escaped text that only looks like a marker', () => {
    const rendered = '<!-- keep me --><p>&lt;!--[--&gt; is how Vue marks a fragment</p><!--teleport start-->';
    expect(stripHydrationMarkers(rendered)).toBe(rendered);
  });
});
