// The command line: reading cms/src from disk, writing src/generated, and --check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, STALE_MESSAGE } from '../scripts/lib/cli.ts';
import type { Io } from '../scripts/lib/cli.ts';
import { generateFiles } from '../scripts/lib/generate-files.ts';
import { readSchemaSet } from '../scripts/lib/read-schemas.ts';
import { makeTmpDir, packageDir, removeTmpDirs } from './helpers/load.ts';

afterAll(removeTmpDirs);

const repoCmsSrc = path.join(packageDir, '..', 'cms', 'src');

function capture(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** A small cms/src tree on disk: one content type, one component. */
function makeCms(
  attributes: Record<string, unknown> = { title: { type: 'string', required: true } },
) {
  const root = makeTmpDir();
  const cms = path.join(root, 'cms', 'src');
  writeJson(path.join(cms, 'api', 'note', 'content-types', 'note', 'schema.json'), {
    kind: 'collectionType',
    info: { singularName: 'note', pluralName: 'notes', displayName: 'Note' },
    options: { draftAndPublish: true },
    attributes,
  });
  writeJson(path.join(cms, 'components', 'shared', 'seo.json'), {
    info: { displayName: 'SEO' },
    attributes: { metaTitle: { type: 'string', maxLength: 60 } },
  });
  return { cms, out: path.join(root, 'generated') };
}

describe('generate', () => {
  it('writes the generated files, then reports them up to date', () => {
    const { cms, out } = makeCms();
    const io = capture();
    expect(run(['--cms', cms, '--out', out], packageDir, io)).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['components.ts', 'content-types.ts', 'index.ts']);
    expect(fs.readFileSync(path.join(out, 'content-types.ts'), 'utf8')).toContain('NoteSchema');
    expect(fs.readFileSync(path.join(out, 'components.ts'), 'utf8')).toContain('SharedSeoSchema');
    const again = capture();
    expect(run(['--cms', cms, '--out', out], packageDir, again)).toBe(0);
    expect(again.lines).toEqual(['shared-types is up to date.']);
  });

  it('removes a file it no longer generates', () => {
    const { cms, out } = makeCms();
    run(['--cms', cms, '--out', out], packageDir, capture());
    fs.writeFileSync(path.join(out, 'old.ts'), 'export {};\n');
    run(['--cms', cms, '--out', out], packageDir, capture());
    expect(fs.existsSync(path.join(out, 'old.ts'))).toBe(false);
  });

  it('names the schema file on disk when an attribute type is unknown', () => {
    const { cms, out } = makeCms({ sections: { type: 'dynamiczone', components: [] } });
    const io = capture();
    expect(run(['--cms', cms, '--out', out], packageDir, io)).toBe(1);
    expect(io.errors.join('\n')).toContain(
      'Unknown Strapi attribute type "dynamiczone" for attribute "sections" in cms/src/api/note/content-types/note/schema.json',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('--check', () => {
  it('passes when the files on disk are current', () => {
    const { cms, out } = makeCms();
    run(['--cms', cms, '--out', out], packageDir, capture());
    const io = capture();
    expect(run(['--check', '--cms', cms, '--out', out], packageDir, io)).toBe(0);
  });

  it('fails and names the stale file when a schema changed', () => {
    const { cms, out } = makeCms();
    run(['--cms', cms, '--out', out], packageDir, capture());
    writeJson(path.join(cms, 'api', 'note', 'content-types', 'note', 'schema.json'), {
      kind: 'collectionType',
      info: { singularName: 'note', pluralName: 'notes' },
      attributes: { title: { type: 'string', required: true, maxLength: 80 } },
    });
    const before = fs.readFileSync(path.join(out, 'content-types.ts'), 'utf8');
    const io = capture();
    expect(run(['--check', '--cms', cms, '--out', out], packageDir, io)).toBe(1);
    expect(io.errors.at(-1)).toBe(STALE_MESSAGE);
    expect(io.errors.join('\n')).toMatch(/content-types\.ts: differs/);
    expect(io.errors.join('\n')).not.toMatch(/components\.ts/);
    // --check never writes.
    expect(fs.readFileSync(path.join(out, 'content-types.ts'), 'utf8')).toBe(before);
  });

  it('fails when a generated file was edited by hand, is missing, or is extra', () => {
    const { cms, out } = makeCms();
    run(['--cms', cms, '--out', out], packageDir, capture());
    fs.appendFileSync(path.join(out, 'components.ts'), '// hand edit\n');
    fs.rmSync(path.join(out, 'index.ts'));
    fs.writeFileSync(path.join(out, 'extra.ts'), 'export {};\n');
    const io = capture();
    expect(run(['--check', '--cms', cms, '--out', out], packageDir, io)).toBe(1);
    const report = io.errors.join('\n');
    expect(report).toMatch(/components\.ts: differs/);
    expect(report).toMatch(/index\.ts: missing/);
    expect(report).toMatch(/extra\.ts: not generated/);
  });

  it('exits 1 with the stale message as a real process', () => {
    const { cms, out } = makeCms();
    const script = path.join(packageDir, 'scripts', 'generate.ts');
    const result = spawnSync(process.execPath, [script, '--check', '--cms', cms, '--out', out], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('shared-types is stale: run pnpm gen:types');
    const written = spawnSync(process.execPath, [script, '--cms', cms, '--out', out], {
      encoding: 'utf8',
    });
    expect(written.status, written.stderr).toBe(0);
    const checked = spawnSync(process.execPath, [script, '--check', '--cms', cms, '--out', out], {
      encoding: 'utf8',
    });
    expect(checked.status, checked.stderr).toBe(0);
  });
});

describe('the repository', () => {
  it('has committed generated code that matches cms/src', () => {
    const set = readSchemaSet(repoCmsSrc);
    expect(set.contentTypes.length).toBeGreaterThan(0);
    for (const file of generateFiles(set)) {
      const onDisk = fs.readFileSync(path.join(packageDir, 'src', 'generated', file.path), 'utf8');
      expect(onDisk, `src/generated/${file.path} is stale: run pnpm gen:types`).toBe(file.contents);
    }
  });

  it('reads content types and components with their uids and file paths', () => {
    const set = readSchemaSet(repoCmsSrc);
    const article = set.contentTypes.find((s) => s.uid === 'api::article.article');
    expect(article?.file).toBe('cms/src/api/article/content-types/article/schema.json');
    expect(set.components.map((s) => s.uid)).toContain('shared.seo');
  });
});

describe('arguments', () => {
  it('explains its usage on an unknown option', () => {
    const io = capture();
    expect(run(['--chek'], packageDir, io)).toBe(2);
    expect(io.errors.join('\n')).toMatch(/Usage: node scripts\/generate.ts \[--check\]/);
  });
});
