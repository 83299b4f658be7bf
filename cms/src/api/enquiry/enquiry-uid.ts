/** The consultation request content type, named once for the hooks, jobs and dashboard code that use it. */
export const ENQUIRY_UID = 'api::enquiry.enquiry';
