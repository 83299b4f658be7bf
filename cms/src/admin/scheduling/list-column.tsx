import { ScheduledCell } from './ScheduledCell';
import { SCHEDULABLE_MODELS } from './schedule-client';

/** What the Content Manager's "inject-column-in-table" hook passes and expects (5.54). */
interface ColumnHookArgs {
  displayedHeaders: unknown[];
  layout: unknown;
}

export const INJECT_COLUMN_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

/**
 * The list layout passed to the hook does not name its content type, so the address does: only
 * the lists of schedulable types get the column (today, of those, only articles have a list).
 */
const listedModel = (): string | undefined =>
  SCHEDULABLE_MODELS.find((model) => window.location.pathname.includes(`/collection-types/${model}`));

export function addScheduledColumn({ displayedHeaders, layout }: ColumnHookArgs): ColumnHookArgs {
  if (!listedModel()) return { displayedHeaders, layout };
  return {
    layout,
    displayedHeaders: [
      ...displayedHeaders,
      {
        attribute: { type: 'string' },
        label: { id: 'tend.schedule.column', defaultMessage: 'Scheduled (UK time)' },
        searchable: false,
        sortable: false,
        name: 'tendScheduled',
        cellFormatter: (row: { documentId: string }, _header: unknown, meta: { model: string }) => (
          <ScheduledCell model={meta.model} documentId={row.documentId} />
        ),
      },
    ],
  };
}
