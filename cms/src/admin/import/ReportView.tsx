import { Box, Flex, Typography } from '@strapi/design-system';

import type { ImportReport } from '../../import/report/report-types';

const STATUS: Record<string, string> = { published: 'will be published', draft: 'stays a draft', scheduled: 'stays unpublished (it was scheduled)' };

/** Every post with what it becomes and what changed; plain text only (nothing from the file is rendered as HTML). */
export function ReportView({ report }: { report: ImportReport }) {
  const run = report.run;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {run && (
        <Box background="success100" padding={4} hasRadius>
          <Typography tag="p">
            Done: {run.articles.filter((a) => a.result === 'created').length} articles created, {run.articles.filter((a) => a.result === 'updated').length} updated,{' '}
            {run.articles.filter((a) => a.result === 'unchanged').length} unchanged, {run.articles.filter((a) => a.result === 'failed').length} could not be imported.{' '}
            {run.redirectsCreated} old addresses now lead to the new pages. {run.imagesUploaded} pictures added to the Media Library; {run.imagesMissing.length} could not be fetched;{' '}
            {run.imagesWithoutAlt.length} need a description before they can be shown.
          </Typography>
        </Box>
      )}
      {run && run.imagesMissing.length > 0 && (
        <Box>
          <Typography variant="delta" tag="h2">Pictures that could not be fetched</Typography>
          <ul>{run.imagesMissing.map((m, i) => <li key={i}><Typography variant="pi">{m.article}: {m.src} — {m.why}</Typography></li>)}</ul>
        </Box>
      )}
      <Box>
        <Typography variant="delta" tag="h2">Articles ({report.articles.length})</Typography>
        <ul>
          {report.articles.map((a) => (
            <li key={a.sourceLabel}>
              <Typography fontWeight="bold">{a.title}</Typography>{' '}
              <Typography variant="pi" textColor="neutral600">→ /articles/{a.slug}, {STATUS[a.status] ?? a.status}{a.date ? `, dated ${a.date.slice(0, 10)}` : ''}{a.author ? `, by ${a.author}` : ''}</Typography>
              {(a.changes.length > 0 || a.lost.length > 0) && (
                <ul>
                  {a.changes.map((c, i) => <li key={`c${i}`}><Typography variant="pi">{c}</Typography></li>)}
                  {a.lost.map((l, i) => <li key={`l${i}`}><Typography variant="pi">{l.what}{l.times > 1 ? ` (×${l.times})` : ''}: {l.outcome}</Typography></li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </Box>
      {report.skipped.length > 0 && (
        <Box>
          <Typography variant="delta" tag="h2">Left behind ({report.skipped.length})</Typography>
          <ul>{report.skipped.map((s) => <li key={s.sourceLabel}><Typography variant="pi">{s.title}: {s.why}</Typography></li>)}</ul>
        </Box>
      )}
      <Box>
        <Typography variant="delta" tag="h2">Not imported</Typography>
        <ul>{report.notImported.map((n) => <li key={n.what}><Typography variant="pi">{n.count} {n.what}: {n.why}</Typography></li>)}</ul>
      </Box>
    </Flex>
  );
}
