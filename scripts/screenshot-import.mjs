// The Import page's screenshots for docs/editing-guide.md section 14 (docs/screenshots/import-*.png),
// run by screenshot-admin.mjs after its own list. The WordPress export is only dry-run (the real
// theme-test export, read in place from ../shared/fixtures); the Markdown zip, made here, is
// imported for real: three small articles tagged "Import sample" land in the development database.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// fflate and sharp are the cms's packages (a test dependency and the image library).
const fromCms = createRequire(join(root, 'cms', 'package.json'));
const { zipSync, strToU8 } = fromCms('fflate');
const sharp = fromCms('sharp');

const WORDPRESS_EXPORT = process.env.TEND_WORDPRESS_EXPORT ?? join(root, '..', 'shared', 'fixtures', 'wordpress', 'themeunittestdata.wordpress.xml');

const post = (front, body) => strToU8(`---\n${front}\n---\n\n${body}\n`);

/** A small static-site blog, zipped the way "Compress folder" does it: one folder at the top. */
async function sampleZip() {
  const meadow = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#7fa37a' } }).jpeg().toBuffer();
  return zipSync({
    'old-blog/posts/first-session.md': post(
      'title: What happens in a first session\ndate: 2021-09-14\ntags: [Import sample, Starting therapy]\ndescription: What to expect when you first come.',
      'Many people worry about the first session. We talk about what brought you, and you decide whether to go on.\n\n![A quiet meadow](../images/meadow.jpg)\n\n## Questions you can ask\n\n- How long does it take?\n- What does it cost?',
    ),
    'old-blog/posts/sleep.md': post('title: Sleep and worry\ndate: 2022-02-01\ntags: [Import sample, Anxiety]', 'Worry often arrives at night.\n\n| Try | Avoid |\n| --- | --- |\n| A wind-down hour | Screens in bed |'),
    'old-blog/posts/notes.md': post('title: Notes for a future post\ndraft: true\ntags: [Import sample]', 'Ideas to write up later.'),
    'old-blog/images/meadow.jpg': meadow,
  });
}

async function choose(page, file) {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('heading', { name: /2\. Check what will happen/ }).waitFor({ timeout: 180_000 });
  await page.waitForTimeout(800);
}

/** Runs the import page's steps and saves a picture of each; `save(file, options)` takes the shot. */
export async function importShots(page, { adminUrl, save }) {
  const work = mkdtempSync(join(tmpdir(), 'tend-import-shots-'));
  try {
    const zipFile = join(work, 'old-blog.zip');
    writeFileSync(zipFile, await sampleZip());
    readFileSync(WORDPRESS_EXPORT); // fail early, with the path, when the export is not there

    await page.goto(`${adminUrl}/import`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: /1\. Choose the file/ }).waitFor({ timeout: 60_000 });
    await save('import-choose.png');

    await choose(page, WORDPRESS_EXPORT);
    await save('import-wordpress-dry-run.png');
    await page.getByRole('heading', { name: 'Topics' }).scrollIntoViewIfNeeded();
    await save('import-topics.png');

    await page.goto(`${adminUrl}/import`, { waitUntil: 'networkidle' });
    await choose(page, zipFile);
    await save('import-markdown-dry-run.png');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Finished' }).waitFor({ timeout: 300_000 });
    await page.waitForTimeout(500);
    await save('import-finished.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report' }).click()]);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
    console.log(`downloaded ${download.suggestedFilename()}: ${report.run.articles.length} articles, ${report.run.imagesUploaded} pictures uploaded`);

    // A bad file: the message the therapist sees.
    const notZip = join(work, 'holiday-photos.zip');
    writeFileSync(notZip, 'not really a zip');
    await page.goto(`${adminUrl}/import`, { waitUntil: 'networkidle' });
    await page.locator('input[type="file"]').setInputFiles(notZip);
    await page.getByText('The import could not go on').waitFor({ timeout: 60_000 });
    await save('import-bad-file.png');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
