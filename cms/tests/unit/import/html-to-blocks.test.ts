import { beforeAll, describe, expect, it } from 'vitest';

import { htmlToBlocks } from '../../../src/import/html/html-to-blocks';
import { expectStrapiAccepts, loadStrapiBlockValidators } from '../support/strapi-blocks-check';

beforeAll(() => void loadStrapiBlockValidators(), 30_000);

const t = (text: string, marks: object = {}) => ({ type: 'text', text, ...marks });

describe('htmlToBlocks', () => {
  it('keeps paragraphs, marks and safe links, and makes links into the old site relative', async () => {
    const { blocks, losses } = htmlToBlocks(
      '<p>Read <strong>this</strong>, <em>that</em>, <u>u</u>, <del>gone</del> and <code>x</code>.</p><p><a href="https://old.example/2019/05/panic/">my old post</a> or <a href="mailto:me@example.com">write</a></p>',
      { oldSiteOrigins: ['https://old.example'] },
    );
    expect(blocks).toEqual([
      { type: 'paragraph', children: [t('Read '), t('this', { bold: true }), t(', '), t('that', { italic: true }), t(', '), t('u', { underline: true }), t(', '), t('gone', { strikethrough: true }), t(' and '), t('x', { code: true }), t('.')] },
      { type: 'paragraph', children: [t(''), { type: 'link', url: '/2019/05/panic/', children: [t('my old post')] }, t(' or '), { type: 'link', url: 'mailto:me@example.com', children: [t('write')] }, t('')] },
    ]);
    expect(losses).toEqual([]);
    await expectStrapiAccepts(blocks);
  });

  it('never keeps scripts, styles, forms or javascript: links, and reports each', async () => {
    const { blocks, losses } = htmlToBlocks(
      '<p>Hello<script>alert(1)</script><style>p{}</style></p><form action="/x"><input name="a"><button>Send</button></form><p><a href="javascript:alert(1)">click</a> <a href=" JaVaScRiPt:alert(2)">me</a><img src=x onerror=alert(3)></p>',
    );
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/alert|script|<|onerror/i);
    expect(blocks[0]).toEqual({ type: 'paragraph', children: [t('Hello')] });
    expect(losses.map((l) => l.what)).toEqual(expect.arrayContaining(['script', 'style sheet', 'form', 'unsafe link']));
    await expectStrapiAccepts(blocks.filter((b) => b.type !== 'pending-image'));
  });

  it('shifts headings down when the body uses level 1, so the title stays the only h1', () => {
    const { blocks, headingsShifted } = htmlToBlocks('<h1>Top</h1><h2>Sub</h2><h6>Deep</h6>');
    expect(headingsShifted).toBe(true);
    expect(blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 6]);
  });

  it('turns nested lists into Blocks lists with indent levels, text after the nested list kept', async () => {
    const { blocks } = htmlToBlocks('<ol><li>One<ul><li>One a</li><li>One b<ol><li>deep</li></ol></li></ul></li><li><p>Two</p><p>lines</p></li></ol>');
    expect(blocks).toEqual([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [t('One')] },
          { type: 'list', format: 'unordered', indentLevel: 1, children: [
            { type: 'list-item', children: [t('One a')] },
            { type: 'list-item', children: [t('One b')] },
            { type: 'list', format: 'ordered', indentLevel: 2, children: [{ type: 'list-item', children: [t('deep')] }] },
          ] },
          { type: 'list-item', children: [t('Two\nlines')] },
        ],
      },
    ]);
    await expectStrapiAccepts(blocks);
  });

  it('keeps a table as one plain line per row, and an iframe as a link, reporting both', () => {
    const { blocks, losses } = htmlToBlocks('<table><tr><th>Day</th><th>Time</th></tr><tr><td>Mon</td><td>9am</td></tr></table><iframe src="https://www.youtube.com/embed/abc"></iframe><iframe src="javascript:alert(1)"></iframe>');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [t('Day | Time')] },
      { type: 'paragraph', children: [t('Mon | 9am')] },
      { type: 'paragraph', children: [t('Embedded content: '), { type: 'link', url: 'https://www.youtube.com/embed/abc', children: [t('https://www.youtube.com/embed/abc')] }, t('')] },
    ]);
    expect(losses.map((l) => l.what)).toEqual(['table', 'embed', 'embed']);
  });

  it('reads classic editor text: a blank line is a paragraph, a newline a line break, code blocks kept as written', () => {
    const { blocks } = htmlToBlocks('First line\nsecond line\n\nNext paragraph\n<pre class="language-js">if (a &lt; b) {\n  go();\n}</pre>');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [t('First line\nsecond line')] },
      { type: 'paragraph', children: [t('Next paragraph')] },
      { type: 'code', language: 'js', children: [t('if (a < b) {\n  go();\n}')] },
    ]);
  });

  it('turns [caption] and <figure> images into pending images with alt and caption; unknown shortcodes lose their markers only', () => {
    const { blocks, losses } = htmlToBlocks(
      '[caption id="a1" width="300"]<img src="https://old.example/a.jpg" alt="A calm lake" /> The lake at dawn[/caption]<figure><img src="/b.png"><figcaption>Hills</figcaption></figure>[highlight color="red"]Kept words[/highlight]',
    );
    expect(blocks).toEqual([
      { type: 'pending-image', src: 'https://old.example/a.jpg', alt: 'A calm lake', caption: 'The lake at dawn' },
      { type: 'pending-image', src: '/b.png', alt: '', caption: 'Hills' },
      { type: 'paragraph', children: [t('Kept words')] },
    ]);
    expect(losses).toEqual([{ what: 'shortcode [highlight]', outcome: 'its markers were removed; the text inside is kept' }]);
  });

  it('survives pathological HTML: misnested, unclosed and very deeply nested tags', () => {
    const misnested = htmlToBlocks('<p><b>bold <i>both</b> italic?</i></p><ul><li>open<li>again');
    expect(misnested.blocks[0]).toEqual({ type: 'paragraph', children: [t('bold ', { bold: true }), t('both', { bold: true, italic: true }), t(' italic?', { italic: true })] });
    expect(misnested.blocks[1]).toMatchObject({ type: 'list', children: [{ children: [t('open')] }, { children: [t('again')] }] });
    const deep = htmlToBlocks(`${'<div><span>'.repeat(5000)}deep text${'</span></div>'.repeat(5000)}`);
    expect(deep.blocks).toEqual([{ type: 'paragraph', children: [t('deep text')] }]);
    expect(deep.losses).toEqual([{ what: 'very deeply nested markup', outcome: 'kept as plain text' }]);
    const deepList = htmlToBlocks(`${'<ul><li>level'.repeat(3000)}${'</li></ul>'.repeat(3000)}`);
    expect(deepList.blocks).toHaveLength(1);
  });
});
