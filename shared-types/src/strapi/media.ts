import { z } from 'zod';

/**
 * One resized variant of an uploaded image (`thumbnail`, `small`, `medium`, `large`),
 * as the upload plugin stores it in `formats`.
 */
export const MediaFormatSchema = z.object({
  url: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mime: z.string(),
  size: z.number(),
  name: z.string().optional(),
  hash: z.string().optional(),
  ext: z.string().optional(),
  path: z.string().nullable().optional(),
  sizeInBytes: z.number().optional(),
});

export type MediaFormat = z.infer<typeof MediaFormatSchema>;

/**
 * An uploaded file as the REST API returns it when a media field is populated.
 *
 * The upload plugin owns this type, so the object is not strict: unknown keys are
 * dropped instead of failing. Only `id`, `documentId` and `url` are required; every
 * other field is optional because a request may select only some of them
 * (`populate[cover][fields]=url,alternativeText,width,height`).
 */
export const MediaSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  url: z.string(),
  name: z.string().optional(),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  formats: z.record(z.string(), MediaFormatSchema).nullable().optional(),
  hash: z.string().optional(),
  ext: z.string().nullable().optional(),
  mime: z.string().optional(),
  size: z.number().optional(),
  previewUrl: z.string().nullable().optional(),
  provider: z.string().optional(),
  provider_metadata: z.unknown().optional(),
  focalPoint: z.object({ x: z.number(), y: z.number() }).nullable().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  publishedAt: z.string().nullable().optional(),
});

export type Media = z.infer<typeof MediaSchema>;
