import type { Core } from '@strapi/strapi';
import { editableFields } from './model-fields';
import { dashboardLabel, fieldText } from './readable-text';
import type { FieldComparison } from '../dashboard-contract';
import type { Snapshot } from './versioned-types';

/** Two versions of one document, field by field, in the words the therapist wrote. */
export function compareSnapshots(strapi: Core.Strapi, uid: string, before: Snapshot, after: Snapshot): FieldComparison[] {
  return editableFields(strapi, uid).map(([name, field]) => {
    const beforeText = fieldText(strapi, field, before[name]);
    const afterText = fieldText(strapi, field, after[name]);
    return { field: name, label: dashboardLabel(strapi, uid, name), before: beforeText, after: afterText, changed: beforeText !== afterText };
  });
}
