import type { CrisisSupport, Practice, Site } from '@tend/shared-types';
import type { PracticeView, SiteChrome } from '#shared/types/view-models';
import { rewriteBodyMedia } from './article';
import { toImageView } from './media';
import { toSeoView } from './seo';

export function toPracticeView(practice: Practice): PracticeView {
  return {
    practiceName: practice.practiceName,
    therapistName: practice.therapistName,
    approach: practice.approach,
    introduction: practice.introduction,
    city: practice.city,
    // Images in the about text are served from /media like the articles' (never from the CMS).
    about: practice.about ? rewriteBodyMedia(practice.about) : null,
    photo: toImageView(practice.photo),
    locations: (practice.locations ?? []).map((location) => ({
      label: location.label,
      area: location.area,
      inPerson: location.inPerson,
      accessibilityNotes: location.accessibilityNotes,
    })),
    online: {
      offered: practice.onlineSessions?.offered ?? false,
      note: practice.onlineSessions?.note ?? null,
    },
    sessions: {
      lengthMinutes: practice.sessions?.lengthMinutes ?? 50,
      fee: practice.sessions?.fee ?? 0,
      concessionsNote: practice.sessions?.concessionsNote ?? null,
      cancellationPolicy: practice.sessions?.cancellationPolicy ?? '',
    },
    freeConsultation: {
      lengthMinutes: practice.freeConsultation?.lengthMinutes ?? 15,
      text: practice.freeConsultation?.text ?? '',
      buttonLabel: practice.freeConsultation?.buttonLabel ?? 'Book a free consultation',
    },
    memberships: (practice.memberships ?? []).map((membership) => ({
      professionalBody: membership.professionalBody,
      membershipLevel: membership.membershipLevel,
      registrationNumber: membership.registrationNumber,
      registerUrl: membership.registerUrl || null,
    })),
    contactEmail: practice.contactEmail,
    phone: practice.phone || null,
    icoNumber: practice.icoNumber || null,
  };
}

export function toSiteChrome(site: Site, practice: Practice, crisis: CrisisSupport): SiteChrome {
  const practiceView = toPracticeView(practice);
  return {
    siteName: site.siteName,
    tagline: site.tagline,
    footerText: site.footerText,
    defaultSeo: toSeoView(site.defaultSeo, { title: site.siteName, description: practice.introduction }),
    practice: practiceView,
    crisis: {
      notice: crisis.notice,
      services: (crisis.services ?? []).map((service) => ({
        name: service.name,
        howToReach: service.howToReach,
        link: service.link || null,
        whenToUse: service.whenToUse,
      })),
    },
  };
}
