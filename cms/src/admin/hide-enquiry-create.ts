/**
 * Consultation requests come only from the website, so their list has no "Create new entry"
 * button. Strapi 5.54 shows that button to every Super Admin and has no setting to remove it for
 * one type, so a style rule hides the link (it points at …/api::enquiry.enquiry/create); the cms
 * refuses such a create anyway (src/content-manager/enquiries-from-website-only.ts).
 */
const RULE = 'a[href*="/collection-types/api::enquiry.enquiry/create"] { display: none !important; }';

export function hideEnquiryCreate(doc: Document = document): void {
  const style = doc.createElement('style');
  style.dataset.tend = 'hide-enquiry-create';
  style.textContent = RULE;
  doc.head.append(style);
}
