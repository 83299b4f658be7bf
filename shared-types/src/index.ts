// The contract between cms and web: Strapi's REST shapes as zod schemas and TypeScript types.
// Relative imports are extensionless so that both Vite (web) and vitest (cms) resolve them.
export * from './strapi/blocks';
export * from './strapi/document-ref';
export * from './strapi/media';
export * from './strapi/response';
export * from './reading-time';
export * from './generated/index';
// Hand-written: routes of the cms's own that no content-type schema describes.
export * from './routes/article-search';
