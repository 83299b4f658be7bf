/** The report of a dry run or a run: JSON for the dashboard, readable text for people. */
import type { ImportPlan } from '../plan-types';
import type { ImportReport, RunResult } from './report-types';

export type { ImportReport } from './report-types';

export function buildReport(plan: ImportPlan, run: RunResult | null): ImportReport {
  const topicName = new Map(plan.topics.map((t) => [t.key, t]));
  return {
    dryRun: run === null,
    source: plan.source,
    siteTitle: plan.siteTitle,
    articles: plan.articles.map((a) => {
      const lost = new Map<string, { what: string; outcome: string; times: number }>();
      for (const loss of a.losses) {
        const key = `${loss.what}\u0000${loss.outcome}`;
        const seen = lost.get(key);
        if (seen) seen.times += 1;
        else lost.set(key, { ...loss, times: 1 });
      }
      return {
        sourceLabel: a.sourceLabel,
        title: a.title,
        slug: a.slug,
        status: a.status,
        date: a.date,
        author: a.author,
        topics: a.topicKeys.map((k) => topicName.get(k)).filter((t) => t !== undefined && t.action.do !== 'ignore').map((t) => t!.name),
        oldAddresses: a.redirectsFrom,
        changes: a.changes,
        lost: [...lost.values()],
      };
    }),
    skipped: plan.skipped,
    topics: plan.topics.map((t) => ({
      key: t.key,
      name: t.name,
      articleCount: t.articleCount,
      action: t.action.do === 'merge' ? `merge into "${t.action.into}"` : t.action.do,
    })),
    notImported: plan.notImported,
    run,
  };
}

const STATUS_WORDS: Record<string, string> = { published: 'published', draft: 'draft (not published)', scheduled: 'scheduled (kept unpublished)' };

export function reportText(report: ImportReport): string {
  const lines: string[] = [];
  const count = (status: string): number => report.articles.filter((a) => a.status === status).length;
  lines.push(
    `${report.dryRun ? 'Dry run: nothing has been changed yet.' : 'Import finished.'} Source: ${report.source === 'wordpress' ? 'WordPress' : 'Markdown'} — ${report.siteTitle}`,
    `${report.articles.length} articles: ${count('published')} published, ${count('draft')} drafts, ${count('scheduled')} scheduled. ${report.skipped.length} left behind.`,
    `Topics: ${report.topics.filter((t) => t.action === 'create').length} to create, ${report.topics.filter((t) => t.action.startsWith('merge')).length} merged, ${report.topics.filter((t) => t.action === 'ignore').length} ignored.`,
    '',
  );
  const run = report.run;
  if (run) {
    const by = (r: string): number => run.articles.filter((a) => a.result === r).length;
    lines.push(
      `Articles created ${by('created')}, updated ${by('updated')}, unchanged ${by('unchanged')}, failed ${by('failed')}.`,
      `Topics created: ${run.topicsCreated.length}. Redirects created ${run.redirectsCreated}, already in place ${run.redirectsKept}.`,
      `Images uploaded ${run.imagesUploaded}, already in the Media Library ${run.imagesReused}, missing ${run.imagesMissing.length}, without alternative text ${run.imagesWithoutAlt.length}.`,
      '',
    );
    for (const a of run.articles.filter((x) => x.result === 'failed')) lines.push(`FAILED ${a.sourceLabel} (${a.slug}): ${a.message ?? ''}`);
    for (const m of run.imagesMissing) lines.push(`Missing image in ${m.article}: ${m.src} — ${m.why}`);
    for (const m of run.imagesWithoutAlt) lines.push(`Image without alternative text in ${m.article}: ${m.src} — ${m.why}`);
    for (const c of run.redirectConflicts) lines.push(`Old address ${c.from} not redirected: ${c.why}`);
    lines.push('');
  }
  for (const a of report.articles) {
    lines.push(`• ${a.title} (${a.sourceLabel}) → /articles/${a.slug}, ${STATUS_WORDS[a.status] ?? a.status}${a.date ? `, dated ${a.date.slice(0, 10)}` : ''}${a.author ? `, by ${a.author}` : ''}`);
    if (a.topics.length > 0) lines.push(`    topics: ${a.topics.join(', ')}`);
    for (const change of a.changes) lines.push(`    changed: ${change}`);
    for (const lost of a.lost) lines.push(`    not kept as it was: ${lost.what}${lost.times > 1 ? ` (×${lost.times})` : ''} — ${lost.outcome}`);
  }
  if (report.skipped.length > 0) lines.push('', 'Left behind:');
  for (const s of report.skipped) lines.push(`• ${s.title} (${s.sourceLabel}): ${s.why}`);
  if (report.notImported.length > 0) lines.push('', 'Not imported:');
  for (const n of report.notImported) lines.push(`• ${n.count} ${n.what}: ${n.why}`);
  return `${lines.join('\n')}\n`;
}
