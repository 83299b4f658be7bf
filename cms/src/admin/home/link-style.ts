import type { CSSProperties } from 'react';

/**
 * Links in the home-page widgets: body-sized and in the dashboard's link colour. Without it a
 * plain link takes the browser's small default size and blue, which reads like small print.
 */
export const widgetLink: CSSProperties = { fontSize: '1.4rem', color: '#4945ff', textDecoration: 'underline' };
