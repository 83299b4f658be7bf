import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ImportInputError } from '../../../src/import/import-error';
import { planMarkdown } from '../../../src/import/markdown/plan-markdown';
import type { ImportPlan } from '../../../src/import/plan-types';

let folder: string;
let plan: ImportPlan;

/** A small static-site folder written for the test: front matter, a table, a relative image, a draft. */
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-md-import-'));
  fs.mkdirSync(path.join(folder, 'posts', 'images'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'posts', 'sleep.md'), [
    '---',
    'title: Sleep when worry keeps you awake',
    'date: 2022-04-05',
    'slug: sleep-and-worry',
    'tags: [Sleep, Anxiety]',
    'description: Why worry gets louder at night, and what helps.',
    'aliases: [/old/sleep.html]',
    '---',
    '# Why nights are hard',
    '',
    'Worry gets **louder** at night. See [the NHS](https://www.nhs.uk/).',
    '',
    '![A dim bedroom at dawn](images/dawn.png)',
    '',
    '| Time | What to try |',
    '| --- | --- |',
    '| 2am | Get up for a while |',
  ].join('\n'));
  fs.writeFileSync(path.join(folder, 'posts', 'draft.md'), '---\ntitle: Not ready\ndraft: true\ntags: [Sleep]\n---\nStill writing this.\n');
  fs.writeFileSync(path.join(folder, 'plain.md'), 'A note without front matter. It has two sentences.\n');
  plan = planMarkdown(folder);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('planMarkdown', () => {
  it('reads title, date, slug, description and draft from the front matter', () => {
    expect(plan.articles.map((a) => [a.sourceLabel, a.slug, a.status])).toEqual([
      ['plain.md', 'plain', 'published'],
      ['posts/draft.md', 'draft', 'draft'],
      ['posts/sleep.md', 'sleep-and-worry', 'published'],
    ]);
    const sleep = plan.articles[2]!;
    expect(sleep).toMatchObject({ title: 'Sleep when worry keeps you awake', excerpt: 'Why worry gets louder at night, and what helps.', date: '2022-04-05T00:00:00.000Z' });
    expect(sleep.redirectsFrom).toEqual(['/posts/sleep', '/old/sleep.html']);
  });

  it('makes topics from tags, shared between files', () => {
    expect(plan.topics.map((t) => [t.name, t.articleCount, t.action.do])).toEqual([['Sleep', 2, 'create'], ['Anxiety', 1, 'create']]);
  });

  it('carries an image by its path relative to the file, keeps a table as text, and shifts the level 1 heading', () => {
    const sleep = plan.articles[2]!;
    expect(sleep.body[0]).toMatchObject({ type: 'heading', level: 2 });
    expect(sleep.body).toContainEqual({ type: 'pending-image', src: 'posts/images/dawn.png', alt: 'A dim bedroom at dawn', caption: '' });
    expect(sleep.losses).toContainEqual(expect.objectContaining({ what: 'table' }));
  });

  it('makes a title and an excerpt from the text when the front matter has none, and says so', () => {
    const plain = plan.articles[0]!;
    expect(plain.title).toBe('A note without front matter. It has two');
    expect(plain.excerpt).toBe('A note without front matter. It has two sentences.');
    expect(plain.changes.join(' ')).toMatch(/had no title/);
  });

  it('says when the folder has no Markdown in it', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-md-empty-'));
    expect(() => planMarkdown(empty)).toThrow(ImportInputError);
    fs.rmSync(empty, { recursive: true });
  });
});
