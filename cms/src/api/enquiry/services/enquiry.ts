import { factories } from '@strapi/strapi';
import { ENQUIRY_UID } from '../enquiry-uid';

export default factories.createCoreService(ENQUIRY_UID);
