// Runs test stages side by side, `jobs` at a time, in list order as their constraints allow:
// a stage starts once every stage named in its `after` has passed and nothing running holds a
// folder in its `uses`. A stage whose `after` failed is not started ("skipped", which fails the
// run). A stage with `releaseUsesOn` (a RegExp) lets go of its `uses` at the first output line
// that matches it. An `alone` stage starts only when nothing else runs, and nothing starts beside
// it. Every output line is printed at once with the stage's tag in front, and kept, so that the
// caller can print a failed stage's output again in one piece.
const cyan = (text) => `\x1b[36m${text}\x1b[0m`;
const yellow = (text) => `\x1b[33m${text}\x1b[0m`;
const red = (text) => `\x1b[31m${text}\x1b[0m`;

/**
 * @param {Array<{ name: string, tag?: string, command?: string, args?: string[], env?: object,
 *   uses?: string[], releaseUsesOn?: RegExp, after?: string[], alone?: boolean, notRun?: string }>} stages
 * @returns {Promise<Array<{ name: string, tag?: string, status: string, seconds: number,
 *   start?: number, output: string }>>} one result per stage, in the order given
 */
export function scheduleStages(stages, { jobs, root, env, spawn, out = process.stdout }) {
  const startedAt = Date.now();
  const since = () => (Date.now() - startedAt) / 1000;
  const round = (seconds) => Math.round(seconds * 10) / 10;
  const width = Math.max(...stages.map((stage) => (stage.tag ?? '').length));
  const say = (line) => out.write(`${line}\n`);

  const byName = new Map(stages.map((stage) => [stage.name, stage]));
  const results = new Map();
  const held = new Set();
  const running = new Map();
  const pending = [];
  for (const stage of stages) {
    if (stage.notRun) {
      say(yellow(`▶ ${stage.name}: not run: ${stage.notRun}`));
      results.set(stage.name, { name: stage.name, status: 'not run', seconds: 0, output: '' });
    } else {
      pending.push(stage);
    }
  }

  // Ctrl-C or a CI timeout: stop every stage's whole process group (servers, browsers) too.
  const stopAll = (signal) => {
    for (const child of running.values()) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);

  return new Promise((resolve) => {
    const finish = () => {
      process.off('SIGINT', stopAll);
      process.off('SIGTERM', stopAll);
      resolve(stages.map((stage) => results.get(stage.name)));
    };

    const pump = () => {
      for (const stage of [...pending]) {
        const failedBefore = (stage.after ?? []).find((name) => results.has(name) && results.get(name).status !== 'passed');
        if (failedBefore) {
          pending.splice(pending.indexOf(stage), 1);
          say(red(`▶ ${stage.name}: not started, because "${failedBefore}" did not pass`));
          results.set(stage.name, { name: stage.name, tag: stage.tag, status: 'skipped', seconds: 0, output: '' });
          continue;
        }
        if (running.size >= jobs || [...running.keys()].some((name) => byName.get(name).alone)) break;
        if (stage.alone && running.size > 0) continue;
        const waiting = (stage.after ?? []).some((name) => !results.has(name));
        const busy = (stage.uses ?? []).some((folder) => held.has(folder));
        if (waiting || busy) continue;
        pending.splice(pending.indexOf(stage), 1);
        start(stage);
      }
      if (pending.length === 0 && running.size === 0) finish();
    };

    const start = (stage) => {
      const startSecond = since();
      const others = [...running.keys()];
      say(cyan(`▶ ${stage.name} [${stage.tag}] at +${Math.round(startSecond)} s${others.length ? `, beside: ${others.join(', ')}` : ''}`));
      for (const folder of stage.uses ?? []) held.add(folder);
      // A stage that writes a folder only while it starts may let the next one have it early.
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        for (const folder of stage.uses ?? []) held.delete(folder);
        pump();
      };
      const chunks = [];
      const prefix = `${stage.tag.padEnd(width)} │ `;
      const child = spawn(stage.command, stage.args, {
        cwd: root,
        env: { ...env, ...stage.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group, so that stopAll reaches the servers it started
      });
      running.set(stage.name, child);
      for (const stream of [child.stdout, child.stderr]) {
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (text) => {
          chunks.push(text);
          const lines = (partial + text).split(/\r?\n|\r/);
          partial = lines.pop();
          for (const line of lines) {
            say(prefix + line);
            if (!released && stage.releaseUsesOn?.test(line)) release();
          }
        });
        stream.on('end', () => {
          if (partial) say(prefix + partial);
        });
      }
      let done = false;
      const end = (status, note = '') => {
        if (done) return;
        done = true;
        running.delete(stage.name);
        // Released early, the folders may belong to another stage by now.
        if (!released) for (const folder of stage.uses ?? []) held.delete(folder);
        released = true;
        const seconds = round(since() - startSecond);
        const colour = status === 'passed' ? cyan : red;
        say(colour(`■ ${stage.name} [${stage.tag}]: ${status} in ${seconds} s${note}`));
        results.set(stage.name, { name: stage.name, tag: stage.tag, status, seconds, start: round(startSecond), output: chunks.join('') });
        pump();
      };
      child.on('error', (error) => {
        chunks.push(`could not start ${stage.command}: ${error.message}\n`);
        end('FAILED', ` (could not start ${stage.command}: ${error.message})`);
      });
      // 'close' comes after both output streams ended, so every line is printed by then.
      child.on('close', (code, signal) => end(code === 0 ? 'passed' : 'FAILED', signal ? ` (ended by ${signal})` : ''));
    };

    pump();
  });
}
