// Every image a Markdown file in docs/ or the README links must exist: the guide's screenshots are
// taken by `pnpm screenshots:admin`, and a renamed or never-taken one would show a broken image.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function markdownFiles(): string[] {
  const docs = join(root, 'docs');
  const inDocs = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(docs, name));
  return [join(root, 'README.md'), ...inDocs];
}

/** `![alt](target)` and `<img src="target">`, without a "title" or #fragment; remote images are not this test's business. */
export function linkedImages(markdown: string): string[] {
  // Code shows Markdown as text (an example for the reader), not an image to load.
  const prose = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]+`/g, '');
  const targets = [...prose.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ...prose.matchAll(/<img\s[^>]*src="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  return targets.filter((target) => target !== '' && !/^[a-z]+:/i.test(target)).map((target) => decodeURI(target.split('#')[0] ?? target));
}

describe('images linked from the documentation', () => {
  it('finds both Markdown and HTML image links', () => {
    expect(linkedImages('![A](screenshots/a.png) text <img src="b.svg" alt=""> ![remote](https://example.com/c.png)')).toEqual(['screenshots/a.png', 'b.svg']);
  });

  it('leaves out examples written as code', () => {
    expect(linkedImages('Write `![A meadow](../images/meadow.jpg)` beside the post.\n\n```md\n![B](b.png)\n```\n![C](c.png)')).toEqual(['c.png']);
  });

  it.each(markdownFiles().map((file) => [file.slice(root.length + 1), file]))('%s links only images that exist', (_name, file) => {
    const missing = linkedImages(readFileSync(file, 'utf8')).filter((target) => !existsSync(resolve(dirname(file), target)));
    expect(missing).toEqual([]);
  });
});
