// The schemas generated from this repository's cms/src, on responses shaped like Strapi 5's.
import { describe, expect, it } from 'vitest';
import {
  ArticleSchema,
  collectionResponse,
  CrisisSupportSchema,
  EnquiryInputSchema,
  PracticeSchema,
  singleResponse,
  TopicSchema,
} from '../src/index';

const stamps = {
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-02T09:00:00.000Z',
  publishedAt: '2025-03-02T09:00:00.000Z',
};

const article = {
  id: 4,
  documentId: 'k8v1l2m3n4o5p6q7r8s9t0u1',
  ...stamps,
  title: 'Why do I wake up anxious?',
  slug: 'why-do-i-wake-up-anxious',
  excerpt: 'Morning anxiety is common. Here is what may be happening and what can help.',
  contentNote: null,
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Many people…' }] }],
  readingMinutes: 1,
  featured: true,
  lastReviewed: '2025-02-14',
  cover: {
    id: 1,
    documentId: 'c1',
    url: '/uploads/morning.jpg',
    alternativeText: 'Sunrise',
    width: 1200,
    height: 800,
  },
  topics: [{ id: 2, documentId: 't2', name: 'Anxiety', slug: 'anxiety' }],
  seo: {
    id: 3,
    metaTitle: null,
    metaDescription: 'Why mornings can feel hardest.',
    noIndex: false,
  },
};

describe('generated schemas for this repository', () => {
  it('parse a list of articles with cover, topics and seo populated', () => {
    const body = {
      data: [article],
      meta: { pagination: { page: 1, pageSize: 12, pageCount: 1, total: 1 } },
    };
    const parsed = collectionResponse(ArticleSchema).parse(body);
    expect(parsed.data[0]?.topics?.[0]?.name).toBe('Anxiety');
  });

  it('reject an article whose title is too long or whose slug has a space', () => {
    expect(ArticleSchema.safeParse({ ...article, title: 'x'.repeat(121) }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...article, slug: 'why do i' }).success).toBe(false);
  });

  it('parse a topic with its articles', () => {
    const topic = {
      id: 2,
      documentId: 't2',
      ...stamps,
      name: 'Anxiety',
      slug: 'anxiety',
      description: 'Worry that will not settle.',
      articles: [
        { id: 4, documentId: article.documentId, title: article.title, slug: article.slug },
      ],
    };
    expect(TopicSchema.safeParse(topic).error).toBeUndefined();
  });

  it('parse the practice details with their components', () => {
    const practice = {
      id: 1,
      documentId: 'p1',
      ...stamps,
      practiceName: 'Tend Therapy',
      therapistName: 'Sam Example',
      approach: 'Person-centred therapy',
      introduction: 'A calm space to talk.',
      about: null,
      city: 'London',
      contactEmail: 'hello@example.com',
      phone: '020 7946 0000',
      icoNumber: 'ZA123456',
      locations: [
        { id: 1, label: 'Fulham', area: 'SW6', inPerson: true, accessibilityNotes: null },
      ],
      onlineSessions: { id: 2, offered: true, note: null },
      sessions: {
        id: 3,
        lengthMinutes: 50,
        fee: 75.5,
        concessionsNote: null,
        cancellationPolicy: '48 hours.',
      },
      freeConsultation: {
        id: 4,
        lengthMinutes: 15,
        text: 'A short call.',
        buttonLabel: 'Book a free consultation',
      },
      memberships: [
        {
          id: 5,
          professionalBody: 'BACP',
          membershipLevel: 'MBACP',
          registrationNumber: '123',
          registerUrl: 'https://www.bacp.co.uk/',
        },
      ],
    };
    expect(
      singleResponse(PracticeSchema).safeParse({ data: practice, meta: {} }).error,
    ).toBeUndefined();
    const badArea = { ...practice, locations: [{ ...practice.locations[0], area: 'SW6 1AA' }] };
    expect(PracticeSchema.safeParse(badArea).success).toBe(false);
  });

  it('require at least one crisis service', () => {
    const crisis = {
      id: 1,
      documentId: 'c1',
      ...stamps,
      notice: 'This website is not an emergency service.',
    };
    const service = {
      id: 1,
      name: 'Samaritans',
      howToReach: 'Call 116 123',
      link: 'tel:116123',
      whenToUse: 'Any time.',
    };
    expect(CrisisSupportSchema.safeParse({ ...crisis, services: [service] }).success).toBe(true);
    expect(CrisisSupportSchema.safeParse({ ...crisis, services: [] }).success).toBe(false);
    const badLink = { ...service, link: 'javascript:alert(1)' };
    expect(CrisisSupportSchema.safeParse({ ...crisis, services: [badLink] }).success).toBe(false);
  });

  it('validate a consultation request with messages for the reader', () => {
    const request = {
      name: 'Alex',
      email: 'alex@example.com',
      preferredContact: 'email',
      consent: true,
      requestStatus: 'new',
    };
    expect(EnquiryInputSchema.safeParse(request).success).toBe(true);
    expect(EnquiryInputSchema.safeParse({ ...request, phone: '' }).success).toBe(true);
    const issues = EnquiryInputSchema.safeParse({
      ...request,
      phone: 'call me',
      message: 'x'.repeat(1001),
    }).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['phone', 'Please check the format and try again.'],
      ['message', 'Please keep this to 1,000 characters or fewer.'],
    ]);
  });
});
