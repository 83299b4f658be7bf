// How Node runs the built web server in production: `pnpm start` (scripts/start-production.mjs),
// the test and bench stacks (web/test/e2e/support/stack.ts), and — written out again, since a
// Dockerfile cannot import — web/Dockerfile, which a unit test keeps in step with this file.
// Why each one: docs/deployment.md, "Memory".

/** V8 flags, before the server's entry file. */
export const WEB_NODE_FLAGS = [
  // Without a ceiling V8 lets garbage pile up towards the machine's memory before collecting it.
  '--max-old-space-size=192',
  // The young generation V8 sizes for a large heap (up to 3 × 16 MB) is mostly garbage between
  // scavenges of a server like this one; 4 MB semi-spaces keep it to a few MB.
  '--max-semi-space-size=4',
];

/** Environment for the web's process. */
export const WEB_NODE_ENV = {
  // glibc gives each thread that allocates its own malloc arena (libuv's pool compresses pages and
  // images in four threads); two arenas return the same work's memory at a fraction of the RSS.
  MALLOC_ARENA_MAX: '2',
};
