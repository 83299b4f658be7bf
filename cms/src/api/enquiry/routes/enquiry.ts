import { factories } from '@strapi/strapi';

// Consultation requests can only be created through the API; reading them is for the dashboard.
export default factories.createCoreRouter('api::enquiry.enquiry', {
  only: ['create'],
});
