import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { describeChangeShortly, type ScheduledChange } from './schedule-client';

type Get = ReturnType<typeof useFetchClient>['get'];

/**
 * Every row of the list asks for its schedule; they share one request per content type, kept
 * for a few seconds, instead of one request per row.
 */
const shared = new Map<string, { at: number; changes: Promise<ScheduledChange[]> }>();

function openChanges(get: Get, model: string): Promise<ScheduledChange[]> {
  const cached = shared.get(model);
  if (cached && Date.now() - cached.at < 5_000) return cached.changes;
  const changes = get<{ data: ScheduledChange[] }>('/tend/schedules', { params: { targetType: model } }).then(({ data }) => data.data);
  shared.set(model, { at: Date.now(), changes });
  return changes;
}

/** The "Scheduled" column of the article list: "Publishes on Tuesday …", or nothing. */
export function ScheduledCell({ model, documentId }: { model: string; documentId: string }) {
  const { get } = useFetchClient();
  const [changes, setChanges] = useState<ScheduledChange[]>([]);
  useEffect(() => {
    let live = true;
    openChanges(get, model)
      .then((all) => live && setChanges(all.filter((change) => change.documentId === documentId)))
      .catch(() => live && setChanges([]));
    return () => {
      live = false;
    };
  }, [get, model, documentId]);
  if (changes.length === 0) return <Typography textColor="neutral500">-</Typography>;
  return (
    <Typography textColor={changes.some((change) => change.state === 'failed') ? 'danger600' : 'neutral800'}>
      {changes.map(describeChangeShortly).join('; ')}
    </Typography>
  );
}
