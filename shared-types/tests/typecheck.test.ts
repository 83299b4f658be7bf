// The generated code compiles under the package's strict settings, infers precise types
// (also through a component ↔ content-type cycle), and shows the admin help text on hover.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { packageDir, removeTmpDirs, writeGenerated } from './helpers/load.ts';

afterAll(removeTmpDirs);

const consumer = `
import type { Media } from './strapi/media';
import type { Sample, SampleInput, SampleNested, TranslatedPage } from './generated/index';

declare const sample: Sample;
export const title: string = sample.title;
export const subtitle: string | null = sample.subtitle;
// @ts-expect-error an optional attribute may be null
export const subtitleNotNull: string = sample.subtitle;
export const kind: 'first' | 'second' = sample.kind;
// @ts-expect-error enumeration values are a closed set
export const kindWide: 'first' = sample.kind;
export const count: number = sample.count;
export const big: string | null = sample.big;
export const cover: Media | null | undefined = sample.cover;
// @ts-expect-error media is only there when populated
export const coverAlways: Media | null = sample.cover;
export const otherName: string | undefined = sample.others?.[0]?.name;
export const ownerId: string | undefined = sample.owner?.documentId;
export const throughCycle: string | undefined = sample.meta?.related?.title;
export const items: number = sample.items?.length ?? 0;
// @ts-expect-error private attributes are not part of the type
export const secret = sample.internalNote;

declare const nested: SampleNested;
export const nestedId: number = nested.id;
// @ts-expect-error a nested entry may come without its title
export const nestedTitle: string = nested.title;

declare const input: SampleInput;
export const inputTitle: string = input.title;
export const inputSubtitle: string | null | undefined = input.subtitle;

declare const page: TranslatedPage;
export const locale: string = page.locale;
`;

let dir: string;
let consumerFile: string;
let options: ts.CompilerOptions;

beforeAll(() => {
  dir = writeGenerated(kitchenSink);
  consumerFile = path.join(dir, 'consumer.ts');
  fs.writeFileSync(consumerFile, consumer);
  const configFile = path.join(packageDir, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  options = ts.parseJsonConfigFileContent(config, ts.sys, packageDir).options;
});

describe('generated TypeScript', () => {
  it('typechecks with strict settings (noUncheckedIndexedAccess included)', () => {
    expect(options.strict).toBe(true);
    expect(options.noUncheckedIndexedAccess).toBe(true);
    const program = ts.createProgram(
      [consumerFile, path.join(dir, 'generated', 'index.ts')],
      options,
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${path.relative(dir, d.file.fileName)}:${d.start ?? 0}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  });

  it('shows the help text from the admin when hovering a property', () => {
    const files = [consumerFile];
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => files,
      getScriptVersion: () => '1',
      getScriptSnapshot: (file) =>
        fs.existsSync(file)
          ? ts.ScriptSnapshot.fromString(fs.readFileSync(file, 'utf8'))
          : undefined,
      getCurrentDirectory: () => dir,
      getCompilationSettings: () => options,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    };
    const service = ts.createLanguageService(host);
    const position = consumer.indexOf('sample.title') + 'sample.'.length;
    const info = service.getQuickInfoAtPosition(consumerFile, position);
    expect(ts.displayPartsToString(info?.documentation)).toBe('Title: What readers see first.');
  });
});
