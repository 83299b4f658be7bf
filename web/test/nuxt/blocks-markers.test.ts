import { describe, expect, it } from 'vitest';
import { paragraph, renderBlocks, spokenText, text } from './mount-blocks';

describe('BlocksRenderer: ✅/❌ markers', () => {
  it('hides the emoji from screen readers and says Yes:/No: instead, in list items', async () => {
    const root = await renderBlocks([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('✅ Listening without judgement')] },
          { type: 'list-item', children: [text('❌ Telling you what to do')] },
          { type: 'list-item', children: [text('✔️ Going at your pace')] },
          { type: 'list-item', children: [text('✖️ Rushing')] },
        ],
      },
    ]);
    const hidden = [...root.querySelectorAll('[aria-hidden="true"]')].map((el) => el.textContent);
    expect(hidden).toEqual(['✅', '❌', '✔️', '✖️']);
    const labels = [...root.querySelectorAll('.visually-hidden')].map((el) => el.textContent);
    expect(labels).toEqual(['Yes: ', 'No: ', 'Yes: ', 'No: ']);
    expect([...root.querySelectorAll('li')].map(spokenText)).toEqual([
      'Yes: Listening without judgement',
      'No: Telling you what to do',
      'Yes: Going at your pace',
      'No: Rushing',
    ]);
    // The emoji act as bullets: the list says so with a class for styling.
    expect(root.querySelector('ul')?.classList.contains('blocks-checklist')).toBe(true);
  });

  it('turns an emoji-separated paragraph into a list of its items', async () => {
    const root = await renderBlocks([paragraph(text('❌ Judging you ❌ Rushing you ✅ Listening'))]);
    expect(root.querySelector('p')).toBeNull();
    const list = root.querySelector('ul.blocks-checklist');
    expect([...(list?.querySelectorAll('li') ?? [])].map(spokenText)).toEqual([
      'No: Judging you',
      'No: Rushing you',
      'Yes: Listening',
    ]);
  });

  it('keeps a lead-in as a paragraph before the list, and marks inside items', async () => {
    const root = await renderBlocks([
      paragraph(text('What we do: '), text('✅ Listen', { bold: true }), text(' closely ✅ Go slowly')),
    ]);
    expect(root.querySelector('p')?.textContent).toBe('What we do:');
    const items = root.querySelectorAll('ul.blocks-checklist > li');
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector('strong')).not.toBeNull();
    expect(spokenText(items[0]!)).toBe('Yes: Listen closely');
  });

  it('keeps a paragraph with a single marker a paragraph, labelled', async () => {
    const root = await renderBlocks([paragraph(text('✅ That is completely normal.'))]);
    expect(root.querySelector('ul')).toBeNull();
    expect(spokenText(root.querySelector('p')!)).toBe('Yes: That is completely normal.');
  });

  it('leaves ordinary lists with bullets', async () => {
    const root = await renderBlocks([
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Notice five things')] }] },
    ]);
    expect(root.querySelector('ul')?.classList.contains('blocks-checklist')).toBe(false);
  });
});
