import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { serverMessage, type ScheduledChange } from './schedule-client';

/** The open scheduled changes of one document, reloaded after every change the panel makes. */
export function useScheduledChanges(model: string, documentId: string | undefined) {
  const { get } = useFetchClient();
  const [changes, setChanges] = useState<ScheduledChange[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!documentId) return;
    try {
      const { data } = await get<{ data: ScheduledChange[] }>('/tend/schedules', { params: { targetType: model, documentId } });
      setChanges(data.data);
      setLoadError(null);
    } catch (error) {
      setLoadError(serverMessage(error));
    }
  }, [get, model, documentId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { changes, loadError, reload };
}
