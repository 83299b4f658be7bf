import { describe, expect, it } from 'vitest';
import { checkArticle, contentNoteAdvice, descriptionAdvice, headingAdvice, linkAdvice, titleAdvice, altTextAdvice } from '../../src/content-checks/article-checks';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const heading = (level: number, value: string) => ({ type: 'heading', level, children: [text(value)] });
const link = (url: string, value: string) => ({ type: 'link', url, children: [text(value)] });
const words = (count: number) => Array.from({ length: count }, () => 'calm').join(' ');
const summary = 'Practical ways to notice panic early and let it pass, written for readers who are struggling now.';

describe('title and summary as search results show them', () => {
  it('suggests a shorter search title when the title would be cut off, and says nothing otherwise', () => {
    const long = 'Coping with panic attacks at work, at home and on the way between them';
    expect(titleAdvice({ title: long })[0]?.message).toMatch(/about 60 characters of a title; this one has 70/);
    expect(titleAdvice({ title: long, seo: { metaTitle: 'Coping with panic attacks' } })).toEqual([]);
    expect(titleAdvice({ title: 'Coping with panic' })).toEqual([]);
  });

  it('asks for a summary of a readable length', () => {
    expect(descriptionAdvice({ excerpt: '' })[0]?.message).toMatch(/^Add a short summary/);
    expect(descriptionAdvice({ excerpt: 'Too short.' })[0]?.message).toMatch(/\(the "Excerpt"\) has 10 characters; 70–160/);
    expect(descriptionAdvice({ excerpt: 'x'.repeat(200) })[0]?.message).toMatch(/about 160 characters of the summary; your "Excerpt" has 200/);
    expect(descriptionAdvice({ excerpt: summary, seo: { metaDescription: 'Short.' } })[0]?.message).toMatch(/\(the "Search description"\) has 6 characters/);
    expect(descriptionAdvice({ excerpt: summary })).toEqual([]);
    expect(descriptionAdvice({ excerpt: 'Short.', seo: { metaDescription: summary } })).toEqual([]);
  });
});

describe('headings', () => {
  it('follow each other one level at a time, starting below the title', () => {
    expect(headingAdvice([heading(2, 'What panic is'), heading(3, 'In the body'), heading(2, 'What helps')])).toEqual([]);
    const skipped = headingAdvice([heading(2, 'What panic is'), heading(4, 'Breathing')]);
    expect(skipped.map((advice) => advice.message)).toEqual([expect.stringMatching(/^"Breathing" is a Heading 4 after a Heading 2: use Heading 3/)]);
    expect(headingAdvice([heading(1, 'Panic')])[0]?.message).toMatch(/title already is the page's Heading 1: use Heading 2/);
  });

  it('are not empty', () => {
    expect(headingAdvice([heading(2, '   ')])[0]?.message).toMatch(/^There is an empty heading/);
  });
});

describe('pictures', () => {
  it('name each image without alternative text, including one whose only text is its file name', () => {
    const image = (name: string, alternativeText: string | null) => ({ type: 'image', image: { name, alternativeText }, children: [text('')] });
    const advice = altTextAdvice({
      cover: { name: 'cover.jpg', alternativeText: '' },
      body: [image('IMG_2031.jpg', 'IMG_2031.jpg'), image('lake.jpg', 'A still lake at dawn')],
    });
    expect(advice.map((item) => item.message)).toEqual([
      expect.stringContaining('The cover image "cover.jpg"'),
      expect.stringContaining('The image "IMG_2031.jpg"'),
    ]);
  });
});

describe('links to pages of this site', () => {
  const exists = (path: string) => ['/about', '/articles/coping-with-panic'].includes(path);

  it('flag site addresses without a page, once each, and leave other sites alone', () => {
    const body = [
      paragraph(link('/articles/coping-with-panic', 'panic'), link('/articles/old-name', 'old'), link('/articles/old-name/', 'again')),
      paragraph(link('https://tend.example/about#fees', 'fees'), link('https://tend.example/prices', 'prices'), link('https://www.nhs.uk/', 'NHS')),
    ];
    const advice = linkAdvice(body, 'https://tend.example', exists);
    expect(advice.map((item) => item.message)).toEqual([
      expect.stringMatching(/^The link to \/articles\/old-name leads to a page that does not exist/),
      expect.stringMatching(/^The link to \/articles\/old-name\/ leads/),
      expect.stringMatching(/^The link to \/prices leads/),
    ]);
  });
});

describe('the crisis wording check', () => {
  it('suggests a content note when an article mentions suicide or self-harm without one', () => {
    const body = [paragraph(text('Thoughts of suicide can feel overwhelming.'))];
    expect(contentNoteAdvice({ title: 'When it all feels too much', body })[0]?.message).toMatch(/mentions "suicide".*"Content note" field/);
    expect(contentNoteAdvice({ title: 'Understanding self-harm', body: [] })[0]?.message).toMatch(/mentions "self-harm"/);
    expect(contentNoteAdvice({ title: 'Understanding self-harm', contentNote: 'This article discusses self-harm.', body: [] })).toEqual([]);
    expect(contentNoteAdvice({ title: 'Sleep and worry', body: [paragraph(text('A harmless habit.'))] })).toEqual([]);
  });
});

describe('the whole report', () => {
  it('estimates the reading time and gives no advice for a tidy article', () => {
    const report = checkArticle(
      { title: 'Coping with panic', excerpt: summary, body: [heading(2, 'What helps'), paragraph(text(words(450)))] },
      { siteOrigin: null, exists: () => true },
    );
    expect(report).toEqual({ readingMinutes: 3, advice: [] });
  });
});
