/**
 * Bahasa Indonesia strings of `<mpp-site-info>`; this module defines their
 * shape ({@link SiteInfoStrings}). Times and dates arrive already formatted.
 */
export const siteInfoId = {
  /** Heading of the weekly hours. */
  hoursHeading: 'Jam layanan',
  /** Heading of the facilities. */
  facilitiesHeading: 'Fasilitas',
  /** Heading of the upcoming closures. */
  holidaysHeading: 'Libur mendatang',
  /** Column headers of the weekly hours table. */
  dayColumn: 'Hari',
  hoursColumn: 'Jam',
  /** Marks today's row. */
  today: 'hari ini',
  /** A day without hours. */
  closed: 'Tutup',
  statusOpen: 'Buka',
  statusClosed: 'Tutup',
  /** Closed for a holiday: its name from the data. */
  closedToday: (holiday: string) => `Tutup hari ini: ${holiday}`,
  /** Open now: when it closes, or when the next break starts. */
  closesAt: (time: string) => `tutup pukul ${time}`,
  breakAt: (time: string) => `istirahat pukul ${time}`,
  /** In a break: the break's label from the data, until when. */
  breakUntil: (label: string, time: string) => `${label} sampai ${time}`,
  /** Closed: when it opens next. */
  opensToday: (time: string) => `buka pukul ${time}`,
  opensTomorrow: (time: string) => `buka lagi besok pukul ${time}`,
  opensOn: (date: string, time: string) => `buka lagi ${date} pukul ${time}`,
  /** The site has no published opening hours. */
  noHours: 'Jam layanan belum diumumkan.',
  noFacilities: 'Belum ada data fasilitas.',
  /** Link to the map of the address. */
  mapLink: 'Lihat di peta',
  website: 'Situs web',
  phone: 'Telepon',
  email: 'Surel',
};

/** The strings of `<mpp-site-info>`; {@link siteInfoId} defines them. */
export type SiteInfoStrings = typeof siteInfoId;
