import { useFetchClient } from '@strapi/strapi/admin';

import type { ImportJob, ImportReport, TopicAction } from '../../import/report/report-types';

export interface ImportChoices {
  importPages: boolean;
  topicActions: Record<string, TopicAction>;
}

/** The message the cms gave, or a calm general one: never a stack trace. */
export function messageOf(error: unknown): string {
  const answer = (error as { response?: { data?: { error?: { message?: unknown } } } }).response?.data?.error?.message;
  return typeof answer === 'string' ? answer : 'The dashboard could not reach the import. Check your connection and try again.';
}

function form(file: File, choices: ImportChoices): FormData {
  const body = new FormData();
  body.append('file', file);
  body.append('options', JSON.stringify(choices));
  return body;
}

export function useImportApi() {
  const { post, get } = useFetchClient();
  return {
    dryRun: async (file: File, choices: ImportChoices): Promise<ImportReport> => (await post<ImportReport>('/tend-import/dry-run', form(file, choices))).data,
    start: async (file: File, choices: ImportChoices): Promise<string> => (await post<{ id: string }>('/tend-import/runs', form(file, choices))).data.id,
    job: async (id: string): Promise<ImportJob> => (await get<ImportJob>(`/tend-import/runs/${id}`)).data,
  };
}
