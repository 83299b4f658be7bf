import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::content-change.content-change');
