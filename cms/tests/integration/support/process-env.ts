/**
 * Sets variables the cms reads at boot (before bootCms) and returns what puts the previous values
 * back, so a file's settings (an SMTP port, a website address) do not leak into the next file.
 */
export function setProcessEnv(vars: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
