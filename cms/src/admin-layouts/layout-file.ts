import { z } from 'zod';

/**
 * An edit layout committed to the repository: rows of fields (12 columns per row) in the order a
 * writer fills them in, optionally the list-view columns and list settings. Applied to the
 * Content Manager's configuration at every boot (src/bootstrap/dashboard-layouts.ts).
 */
const field = z.object({ name: z.string().min(1), size: z.number().int().min(1).max(12) }).strict();

export const layoutFileSchema = z
  .object({
    uid: z.string().min(1),
    edit: z.array(z.array(field).min(1)).min(1),
    list: z.array(z.string().min(1)).optional(),
    /** Column titles in plain words where the field's own label does not fit the list ("Received"). */
    listLabels: z.record(z.string(), z.string().min(1)).optional(),
    settings: z
      .object({
        mainField: z.string().optional(),
        defaultSortBy: z.string().optional(),
        defaultSortOrder: z.enum(['ASC', 'DESC']).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type LayoutFile = z.infer<typeof layoutFileSchema>;
export type LayoutRow = LayoutFile['edit'][number];

export function parseLayoutFile(name: string, value: unknown): LayoutFile {
  const parsed = layoutFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`src/admin-layouts/${name}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
