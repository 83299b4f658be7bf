// The lines of a test stage's output that say which tests failed and why, for the end of a run.
// Vitest marks a failed test with "FAIL" (in its failure report) or "×" (in its list), and follows
// with the error's first line; tsc and ESLint lines name a file and a line number.
// eslint-disable-next-line no-control-regex -- terminal colour codes are what is stripped here
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;
const FAILURE_LINE = /^\s*(?:\[[\w-]+\]\s*)?(?:FAIL\s|×\s|✗\s|(?:Assertion)?Error:|TypeError:|Test timed out|.*error TS\d+:|\s*\d+:\d+\s+error\s)/;

/** At most `limit` distinct failure lines of `output`, in order, without colour codes. */
export function failureDigest(output, limit = 40) {
  const lines = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(COLOUR_CODES, '').trimEnd();
    if (!FAILURE_LINE.test(line) || lines.includes(line.trim())) continue;
    lines.push(line.trim().slice(0, 300));
    if (lines.length === limit) break;
  }
  return lines;
}

const RETRIED = /\(retry x\d+\)/;

/** Tests that passed only when run again (vitest marks them "(retry xN)"), without colour codes. */
export function retriedTests(output, limit = 20) {
  const lines = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(COLOUR_CODES, '').trim();
    if (RETRIED.test(line) && !lines.includes(line)) lines.push(line.slice(0, 300));
    if (lines.length === limit) break;
  }
  return lines;
}
