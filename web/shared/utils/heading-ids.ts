// Kept only for the Blocks components' imports, which the parallel UI work owns: point them at
// blocks-text.ts and safe-href.ts, then delete this file.
export { blocksPlainText, headingText, renderedHeadingLevel } from './blocks-text';
export { isExternalHref, isSafeHref } from './safe-href';
