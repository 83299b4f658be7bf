import { factories } from '@strapi/strapi';
import { ENQUIRY_UID } from '../enquiry-uid';

// Consultation requests can only be created through the API; reading them is for the dashboard.
export default factories.createCoreRouter(ENQUIRY_UID, {
  only: ['create'],
});
