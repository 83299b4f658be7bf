import type { ImportReport } from '../../import/report/report-types';

/** Saves the report as a JSON file the therapist can keep or send to whoever helps them. */
export function downloadReport(report: ImportReport): void {
  const blob = new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `import-report-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}
