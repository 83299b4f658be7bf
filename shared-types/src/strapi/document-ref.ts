import { z } from 'zod';

/**
 * The least a populated relation carries: its ids. Used for relations two levels deep
 * (the relations of a `…NestedSchema`) and for targets outside `cms/src/api`
 * (e.g. `plugin::users-permissions.user`). Other keys are kept as they are.
 */
export const DocumentRefSchema = z.looseObject({
  id: z.number(),
  documentId: z.string(),
});

export type DocumentRef = z.infer<typeof DocumentRefSchema>;
