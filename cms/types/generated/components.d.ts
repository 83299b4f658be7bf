import type { Schema, Struct } from '@strapi/strapi';

export interface CrisisService extends Struct.ComponentSchema {
  collectionName: 'components_crisis_services';
  info: {
    description: 'A service readers can contact in a crisis';
    displayName: 'Crisis service';
    icon: 'exclamationMarkCircle';
  };
  attributes: {
    howToReach: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
        minLength: 1;
      }>;
    link: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
        minLength: 1;
      }>;
    whenToUse: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
        minLength: 1;
      }>;
  };
}

export interface PracticeFreeConsultation extends Struct.ComponentSchema {
  collectionName: 'components_practice_free_consultations';
  info: {
    description: 'The free first call';
    displayName: 'Free consultation';
    icon: 'phone';
  };
  attributes: {
    buttonLabel: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<'Book a free consultation'>;
    lengthMinutes: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 60;
          min: 5;
        },
        number
      > &
      Schema.Attribute.DefaultTo<15>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 400;
        minLength: 1;
      }>;
  };
}

export interface PracticeLocation extends Struct.ComponentSchema {
  collectionName: 'components_practice_locations';
  info: {
    description: 'A place where you see clients';
    displayName: 'Location';
    icon: 'pinMap';
  };
  attributes: {
    accessibilityNotes: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    area: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4;
        minLength: 1;
      }>;
    inPerson: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<true>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
        minLength: 1;
      }>;
  };
}

export interface PracticeMembership extends Struct.ComponentSchema {
  collectionName: 'components_practice_memberships';
  info: {
    description: 'A professional body you belong to';
    displayName: 'Membership';
    icon: 'award';
  };
  attributes: {
    membershipLevel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    professionalBody: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
        minLength: 1;
      }>;
    registerUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    registrationNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

export interface PracticeOnlineSessions extends Struct.ComponentSchema {
  collectionName: 'components_practice_online_sessions';
  info: {
    description: 'Whether and how you work online';
    displayName: 'Online sessions';
    icon: 'monitor';
  };
  attributes: {
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    offered: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<true>;
  };
}

export interface PracticeSessions extends Struct.ComponentSchema {
  collectionName: 'components_practice_sessions';
  info: {
    description: 'Session length, fees and cancellation';
    displayName: 'Sessions and fees';
    icon: 'clock';
  };
  attributes: {
    cancellationPolicy: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
        minLength: 1;
      }>;
    concessionsNote: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    fee: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 1000;
          min: 0;
        },
        number
      >;
    lengthMinutes: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: 20;
        },
        number
      > &
      Schema.Attribute.DefaultTo<50>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'How a page appears in search results and when shared';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    noIndex: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'crisis.service': CrisisService;
      'practice.free-consultation': PracticeFreeConsultation;
      'practice.location': PracticeLocation;
      'practice.membership': PracticeMembership;
      'practice.online-sessions': PracticeOnlineSessions;
      'practice.sessions': PracticeSessions;
      'shared.seo': SharedSeo;
    }
  }
}
