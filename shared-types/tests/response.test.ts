import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DocumentRefSchema } from '../src/strapi/document-ref';
import { MediaSchema } from '../src/strapi/media';
import { collectionResponse, singleResponse, StrapiErrorSchema } from '../src/strapi/response';

const Item = z.strictObject({ id: z.number(), title: z.string() });

describe('collectionResponse', () => {
  const Articles = collectionResponse(Item);
  const pagination = { page: 1, pageSize: 12, pageCount: 1, total: 2 };

  it('accepts a page of items with pagination', () => {
    const body = {
      data: [
        { id: 1, title: 'a' },
        { id: 2, title: 'b' },
      ],
      meta: { pagination },
    };
    expect(Articles.parse(body)).toEqual(body);
  });

  it('validates every item and the pagination', () => {
    expect(Articles.safeParse({ data: [{ id: 1 }], meta: { pagination } }).success).toBe(false);
    expect(Articles.safeParse({ data: [], meta: {} }).success).toBe(false);
    expect(
      Articles.safeParse({ data: [], meta: { pagination: { ...pagination, total: 1.5 } } }).success,
    ).toBe(false);
  });
});

describe('singleResponse', () => {
  const One = singleResponse(Item);

  it('accepts an item with empty meta', () => {
    expect(One.parse({ data: { id: 1, title: 'a' }, meta: {} }).data.title).toBe('a');
  });

  it('rejects a missing or invalid item', () => {
    expect(One.safeParse({ data: null, meta: {} }).success).toBe(false);
    expect(One.safeParse({ data: { id: 1, title: 'a', extra: 1 }, meta: {} }).success).toBe(false);
  });
});

describe('StrapiErrorSchema', () => {
  it('accepts the error body Strapi sends', () => {
    const notFound = {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} },
    };
    expect(StrapiErrorSchema.parse(notFound)).toEqual(notFound);
    const invalid = {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'email must be a valid email',
        details: {
          errors: [
            {
              path: ['email'],
              message: 'email must be a valid email',
              name: 'ValidationError',
              value: 'x',
            },
          ],
        },
      },
    };
    expect(StrapiErrorSchema.parse(invalid).error.details?.errors?.[0]?.path).toEqual(['email']);
  });

  it('rejects a success body', () => {
    expect(StrapiErrorSchema.safeParse({ data: { id: 1 }, meta: {} }).success).toBe(false);
  });
});

describe('MediaSchema', () => {
  const file = {
    id: 7,
    documentId: 'f7',
    name: 'room.jpg',
    alternativeText: 'A quiet room with two chairs',
    caption: null,
    width: 1200,
    height: 800,
    formats: {
      small: {
        ext: '.jpg',
        url: '/uploads/small_room.jpg',
        hash: 'small_room',
        mime: 'image/jpeg',
        name: 'small_room.jpg',
        path: null,
        size: 30.1,
        width: 500,
        height: 333,
        sizeInBytes: 30100,
      },
    },
    hash: 'room',
    ext: '.jpg',
    mime: 'image/jpeg',
    size: 120.5,
    url: '/uploads/room.jpg',
    previewUrl: null,
    provider: 'local',
    provider_metadata: null,
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    publishedAt: '2025-01-02T03:04:05.000Z',
  };

  it('accepts a fully populated file and a file with selected fields', () => {
    expect(MediaSchema.parse(file).formats?.small?.width).toBe(500);
    expect(
      MediaSchema.safeParse({ id: 7, documentId: 'f7', url: '/uploads/room.jpg' }).success,
    ).toBe(true);
  });

  it('drops keys it does not know instead of failing (the upload plugin owns this type)', () => {
    expect(MediaSchema.parse({ ...file, folderPath: '/1' })).not.toHaveProperty('folderPath');
  });

  it('rejects a file without url or with wrong types', () => {
    const { url: _url, ...withoutUrl } = file;
    expect(MediaSchema.safeParse(withoutUrl).success).toBe(false);
    expect(MediaSchema.safeParse({ ...file, width: '1200' }).success).toBe(false);
  });
});

describe('DocumentRefSchema', () => {
  it('needs id and documentId and keeps the rest', () => {
    expect(DocumentRefSchema.parse({ id: 1, documentId: 'a', title: 'kept' })).toEqual({
      id: 1,
      documentId: 'a',
      title: 'kept',
    });
    expect(DocumentRefSchema.safeParse({ id: 1 }).success).toBe(false);
  });
});
