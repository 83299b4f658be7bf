import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::crisis-support.crisis-support');
