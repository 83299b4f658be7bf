import path from 'node:path';

/** A compiled module of the app (dist/src/…), as the running cms loads it. */
export function distModule<T>(relativePath: string): T {
  const modulePath = path.resolve(__dirname, '../../../dist/src', `${relativePath}.js`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(modulePath) as T;
}
