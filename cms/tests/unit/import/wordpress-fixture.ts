import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The WordPress theme-unit-test export, read in place from ../shared next to the repository (it is their content). */
export const WORDPRESS_FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/fixtures/wordpress/themeunittestdata.wordpress.xml',
);

export function readFixture(): Buffer {
  return fs.readFileSync(WORDPRESS_FIXTURE);
}
