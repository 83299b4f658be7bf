// What the outbox does besides delivering: retention of every copy, no half-written file after a
// failed write, and the status the dashboard shows (counts, ages, reasons; nothing personal).
// A real temporary folder; nothing is mocked.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnquiryPayload } from '../../server/consultation/enquiry-cms';
import { deleteExpiredOutboxFiles } from '../../server/consultation/outbox-retention';
import { readOutboxStatus } from '../../server/consultation/outbox-status';
import { type OutboxItem, saveOutboxItem } from '../../server/consultation/outbox-store';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-28T10:00:00Z');
const payload = (submissionId: string): EnquiryPayload => ({
  name: 'Zelda Quernby',
  email: 'zelda.quernby@example.org',
  preferredContact: 'email',
  message: 'Xylophonic worries',
  consent: true,
  submissionId,
});
const item = (submissionId: string, createdAt: number, extra: Partial<OutboxItem> = {}): OutboxItem => ({
  version: 1,
  submissionId,
  createdAt: new Date(createdAt).toISOString(),
  attempts: 3,
  nextAttemptAt: new Date(NOW).toISOString(),
  lastError: 'CMS unreachable',
  payload: payload(submissionId),
  ...extra,
});
const id = (letter: string) => letter.repeat(22);

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tend-outbox-upkeep-'));
  dir = join(root, 'outbox');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A file in a side folder, last written `ageDays` ago. */
function oldFile(folder: string, name: string, ageDays: number): void {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, '{"half');
  const when = new Date(NOW - ageDays * DAY);
  utimesSync(path, when, when);
}

describe('outbox retention', () => {
  it('deletes every copy older than the retention period (waiting, damaged, parked, half-written) and keeps the rest', async () => {
    await saveOutboxItem(dir, item(id('A'), NOW - 91 * DAY));
    await saveOutboxItem(dir, item(id('B'), NOW - 89 * DAY, { refused: true }));
    oldFile(join(dir, 'damaged'), `${id('C')}.json`, 91);
    oldFile(join(dir, 'failed'), `${id('D')}.json`, 91);
    oldFile(join(dir, 'failed'), `${id('E')}.json`, 1);
    oldFile(dir, `.${id('F')}.abcdef.tmp`, 91);

    expect(await deleteExpiredOutboxFiles(dir, 90, NOW)).toBe(4);
    expect(readdirSync(dir).sort()).toEqual([`${id('B')}.json`, 'damaged', 'failed']);
    expect(readdirSync(join(dir, 'damaged'))).toEqual([]);
    expect(readdirSync(join(dir, 'failed'))).toEqual([`${id('E')}.json`]);
  });
});

describe('writing an outbox file', () => {
  it('leaves no temporary file behind when the write fails', async () => {
    // A folder where the file should go makes the final rename fail after the data was written.
    mkdirSync(join(dir, `${id('A')}.json`, 'x'), { recursive: true });
    await expect(saveOutboxItem(dir, item(id('A'), NOW))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([`${id('A')}.json`]);
  });
});

describe('outbox status', () => {
  it('counts waiting, stuck (old, refused or damaged) and reasons, without any personal data', async () => {
    await saveOutboxItem(dir, item(id('A'), NOW - 2 * 60_000));
    await saveOutboxItem(dir, item(id('B'), NOW - 40 * 60_000));
    await saveOutboxItem(dir, item(id('C'), NOW - 60_000, { refused: true, lastError: 'HTTP 401' }));
    oldFile(join(dir, 'damaged'), `${id('D')}.json`, 0);

    const status = await readOutboxStatus(dir, NOW);
    expect(status).toEqual({
      waiting: 3,
      stuck: 3,
      refused: 1,
      damaged: 1,
      oldestMinutes: 40,
      reasons: { 'CMS unreachable': 2, 'HTTP 401': 1 },
      stuckAfterMinutes: 15,
      checkedAt: '2026-11-28T10:00:00.000Z',
    });
    const text = JSON.stringify(status);
    for (const personal of ['Zelda', 'Quernby', 'example.org', 'Xylophonic', id('A'), id('C')]) expect(text).not.toContain(personal);
  });

  it('is all zero for an outbox that does not exist yet', async () => {
    expect(await readOutboxStatus(dir, NOW)).toMatchObject({ waiting: 0, stuck: 0, refused: 0, damaged: 0, oldestMinutes: null, reasons: {} });
  });
});
