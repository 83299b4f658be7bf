// The lines of a test stage's output worth repeating at the end of a run, where CI keeps them.
// Vitest marks a failed test with "FAIL" (in its failure report) or "×" (in its list) and follows
// with the error's first line; tsc and ESLint lines name a file and a line number. A test that
// passed only when run again carries "(retry xN)".
// eslint-disable-next-line no-control-regex -- terminal colour codes are what is stripped here
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;
const FAILURE_LINE = /^(?:FAIL\s|×\s|✗\s|(?:Assertion|Type)?Error:|Test timed out|.*error TS\d+:|\d+:\d+\s+error\s)/;
const RETRIED_LINE = /\(retry x\d+\)/;

/** At most `limit` distinct lines of `output` that match `pattern`, in order, trimmed and without colour codes. */
function matchingLines(output, pattern, limit) {
  const lines = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(COLOUR_CODES, '').trim().slice(0, 300);
    if (!pattern.test(line) || lines.includes(line)) continue;
    lines.push(line);
    if (lines.length === limit) break;
  }
  return lines;
}

/** Which tests failed, and the first line of each error. */
export const failureDigest = (output) => matchingLines(output, FAILURE_LINE, 40);

/** Tests that passed only when run again. */
export const retriedTests = (output) => matchingLines(output, RETRIED_LINE, 20);
