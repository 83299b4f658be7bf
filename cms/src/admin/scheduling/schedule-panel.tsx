import type { ReactNode } from 'react';
import { ScheduleForm } from './ScheduleForm';
import { SCHEDULABLE_MODELS } from './schedule-client';

/** The props the Content Manager gives an edit-view side panel (EditViewContext in 5.54). */
export interface PanelProps {
  model: string;
  documentId?: string;
  collectionType: string;
}

/** The "Schedule" panel beside the editor of an article, the practice details, crisis support and site settings. */
export function SchedulePanel({ model, documentId }: PanelProps): { title: string; content: ReactNode } | null {
  if (!SCHEDULABLE_MODELS.includes(model)) return null;
  return {
    title: 'Schedule',
    content: documentId
      ? (
          <ScheduleForm model={model} documentId={documentId} />
        )
      : (
          <p>Save this first; then you can choose when it is published.</p>
        ),
  };
}
