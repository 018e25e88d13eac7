import type { SiteInfoStrings } from './id.js';

/** English strings of `<mpp-site-info>`, typed by the Indonesian ones. */
export const siteInfoEn: SiteInfoStrings = {
  hoursHeading: 'Opening hours',
  facilitiesHeading: 'Facilities',
  holidaysHeading: 'Upcoming closures',
  dayColumn: 'Day',
  hoursColumn: 'Hours',
  today: 'today',
  closed: 'Closed',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  closedToday: (holiday) => `Closed today: ${holiday}`,
  closesAt: (time) => `closes at ${time}`,
  breakAt: (time) => `break at ${time}`,
  breakUntil: (label, time) => `${label} until ${time}`,
  opensToday: (time) => `opens at ${time}`,
  opensTomorrow: (time) => `opens again tomorrow at ${time}`,
  opensOn: (date, time) => `opens again on ${date} at ${time}`,
  noHours: 'Opening hours have not been published yet.',
  noFacilities: 'No facilities listed yet.',
  mapLink: 'View on map',
  website: 'Website',
  phone: 'Phone',
  email: 'Email',
};
