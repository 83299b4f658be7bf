import article from './article.json';
import crisisSupport from './crisis-support.json';
import enquiry from './enquiry.json';
import { parseLayoutFile, type LayoutFile } from './layout-file';
import practice from './practice.json';
import redirect from './redirect.json';
import seo from './seo.json';
import site from './site.json';
import topic from './topic.json';

/** The committed edit layouts, one per content type or component that has one. */
export const LAYOUT_FILES: LayoutFile[] = Object.entries({
  'article.json': article,
  'topic.json': topic,
  'practice.json': practice,
  'site.json': site,
  'crisis-support.json': crisisSupport,
  'enquiry.json': enquiry,
  'redirect.json': redirect,
  'seo.json': seo,
}).map(([name, value]) => parseLayoutFile(name, value));
