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
  /** Header of the weekly hours table's day column. */
  dayColumn: 'Hari',
  /** Header of the weekly hours table's hours column. */
  hoursColumn: 'Jam',
  /** Marks today's row. */
  today: 'hari ini',
  /** A day without hours. */
  closed: 'Tutup',
  /** The status line's word while the site is open. */
  statusOpen: 'Buka',
  /** The status line's word while the site is closed. */
  statusClosed: 'Tutup',
  /** Closed for a holiday: its name from the data. */
  closedToday: (holiday: string) => `Tutup hari ini: ${holiday}`,
  /** Open now: when it closes. */
  closesAt: (time: string) => `tutup pukul ${time}`,
  /** Open now: when the next break starts. */
  breakAt: (time: string) => `istirahat pukul ${time}`,
  /** In a break: the break's label from the data, until when. */
  breakUntil: (label: string, time: string) => `${label} sampai ${time}`,
  /** Closed: it opens later today, at `time`. */
  opensToday: (time: string) => `buka pukul ${time}`,
  /** Closed: it opens tomorrow, at `time`. */
  opensTomorrow: (time: string) => `buka lagi besok pukul ${time}`,
  /** Closed: it opens on a later `date`, at `time`. */
  opensOn: (date: string, time: string) => `buka lagi ${date} pukul ${time}`,
  /** The site has no published opening hours. */
  noHours: 'Jam layanan belum diumumkan.',
  /** The site lists no facilities. */
  noFacilities: 'Belum ada data fasilitas.',
  /** Link to the map of the address. */
  mapLink: 'Lihat di peta',
  /** Label of the site's website link. */
  website: 'Situs web',
  /** Label of the site's phone number. */
  phone: 'Telepon',
  /** Label of the site's email address. */
  email: 'Surel',
};

/**
 * The strings of `<mpp-site-info>`, typed by the Indonesian table above, so the
 * English one must have the same keys. Replace some of them per language
 * through the element's `strings` property.
 *
 * @interface
 */
export type SiteInfoStrings = typeof siteInfoId;
