import { notifyTherapistOfNewEnquiry, type NewEnquiry } from '../../../../notifications/enquiry-notification';

interface AfterCreateEvent {
  result?: Partial<NewEnquiry> | null;
}

/**
 * Every new consultation request — from the website's API call or typed into the dashboard —
 * emails the therapist. The email leaves only after the enquiry's transaction has committed
 * (nothing is announced that was rolled back), and it is not awaited: a slow or failing SMTP
 * server never delays or fails the request that stored it.
 */
export default {
  async afterCreate(event: AfterCreateEvent): Promise<void> {
    const documentId = event.result?.documentId;
    if (!documentId) return;
    const enquiry: NewEnquiry = { documentId, createdAt: event.result?.createdAt ?? new Date() };
    try {
      await strapi.db.transaction(({ onCommit }) => {
        onCommit(() => {
          void notifyTherapistOfNewEnquiry(strapi, enquiry);
        });
      });
    } catch (error) {
      strapi.log.error(`[tend] could not schedule the email about consultation request ${documentId}: ${String(error)}`);
    }
  },
};
