/**
 * The hosts allowed to frame the desk: Teams, Outlook and the Microsoft 365 app, old domains and new
 * (*.cloud.microsoft), as the Teams tab requirements list them. Nothing else may put the desk in a frame.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/**
 * The tab's pages: everything from this server (no CDN: schools run it behind filters), styles inline because
 * Fluent UI writes its CSS at run time, and framing only by the hosts above. No X-Frame-Options: its DENY or
 * SAMEORIGIN would stop Teams showing the tab, and browsers that know CSP ignore it anyway.
 */
export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** API answers hold safeguarding records: never cached, never framed on their own, never sniffed. */
export const API_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export const TAB_HEADERS: Record<string, string> = {
  'Content-Security-Policy': TAB_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
