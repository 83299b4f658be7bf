import type { Blocks, HeadingNode } from '@tend/shared-types';
import { describe, expect, it } from 'vitest';
import { assignHeadingIds } from '~~/shared/utils/blocks-text';
import { renderBlocks, text } from './mount-blocks';

const heading = (level: HeadingNode['level'], value: string): HeadingNode => ({ type: 'heading', level, children: [text(value)] });

describe('BlocksRenderer: headings', () => {
  it('renders levels 2 to 6 as they are', async () => {
    const root = await renderBlocks([2, 3, 4, 5, 6].map((level) => heading(level as HeadingNode['level'], `Level ${level}`)));
    expect([...root.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      'H2:Level 2',
      'H3:Level 3',
      'H4:Level 4',
      'H5:Level 5',
      'H6:Level 6',
    ]);
  });

  it('renders a level-1 body heading as h2 (the page h1 is the title)', async () => {
    const root = await renderBlocks([heading(1, 'Not the title')]);
    expect(root.querySelector('h1')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('Not the title');
  });

  it('puts the id on the heading and an accessible anchor link beside it', async () => {
    const { body } = assignHeadingIds([heading(2, 'Why'), heading(3, '1. You\'re not alone'), heading(2, 'Why')]);
    const root = await renderBlocks(body);
    expect([...root.querySelectorAll('h2, h3')].map((h) => h.id)).toEqual(['why', '1-youre-not-alone', 'why-2']);
    const anchors = [...root.querySelectorAll('a.blocks-heading-anchor')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['#why', '#1-youre-not-alone', '#why-2']);
    expect(anchors[1]?.getAttribute('aria-label')).toBe('Link to section: 1. You\'re not alone');
    // The anchor is not inside the heading, so the heading's name stays its own text.
    expect(root.querySelector('h3')?.querySelector('a')).toBeNull();
    expect(root.querySelector('h3')?.textContent).toBe('1. You\'re not alone');
  });

  it('adds no id and no anchor when the heading has no id', async () => {
    const root = await renderBlocks([heading(2, 'Plain')]);
    expect(root.querySelector('h2')?.hasAttribute('id')).toBe(false);
    expect(root.querySelector('a')).toBeNull();
  });

  it('renders nothing for a heading without text', async () => {
    const body: Blocks = [{ type: 'heading', level: 2, children: [text('  ')] }];
    const root = await renderBlocks(body);
    expect(root.querySelector('h2')).toBeNull();
  });
});
