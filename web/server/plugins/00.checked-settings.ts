/**
 * Runs before every other plugin: a server with a wrong setting refuses to start, saying which
 * variable to fix (utils/settings-check.ts), instead of serving with a limit switched off.
 */
export default defineNitroPlugin(() => {
  const problems = settingsProblems(useRuntimeConfig());
  if (problems.length === 0) return;
  const message = ['The website cannot start: fix these settings in its environment and start it again.', ...problems.map((p) => `  - ${p}`)].join('\n');
  if (import.meta.dev) throw new Error(message);
  console.error(message);
  process.exit(1);
});
