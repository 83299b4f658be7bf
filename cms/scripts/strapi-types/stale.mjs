// Which of Strapi's generated type files differ between a fresh generation and the committed ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files `strapi ts:generate-types` writes (content types and components, nothing else). */
export const STRAPI_TYPE_FILES = ['components.d.ts', 'contentTypes.d.ts'];

/**
 * @param {string} freshDir a fresh generation
 * @param {string} committedDir the files to check (normally cms/types/generated)
 * @returns {{ file: string, problem: 'missing' | 'differs' }[]} empty when up to date
 */
export function staleStrapiTypes(freshDir, committedDir) {
  return STRAPI_TYPE_FILES.flatMap((file) => {
    const committed = join(committedDir, file);
    if (!existsSync(committed)) return [{ file, problem: 'missing' }];
    const same = readFileSync(committed, 'utf8') === readFileSync(join(freshDir, file), 'utf8');
    return same ? [] : [{ file, problem: 'differs' }];
  });
}
