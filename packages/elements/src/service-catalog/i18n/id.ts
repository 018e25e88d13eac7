/**
 * Bahasa Indonesia strings of `<mpp-service-catalog>`; this module defines
 * their shape ({@link CatalogStrings}). Numbers and money arrive already formatted.
 */
export const catalogId = {
  /** The values `sync-url` takes, for the error shown when it gets another. */
  expectedSyncUrl: 'kosong, hash, query, true atau false',
  /** Label of the search field. */
  searchLabel: 'Cari layanan',
  /** Hint under the search field. */
  searchHint: 'Misalnya: KTP, paspor, NIB, pajak motor',
  /** Label of the agency filter. */
  agencyFilter: 'Instansi',
  /** The agency filter's choice that shows every agency. */
  allAgencies: 'Semua instansi',
  /** Label of the category filter. */
  categoryFilter: 'Kategori',
  /** The category filter's choice that shows every category. */
  allCategories: 'Semua kategori',
  /** Accessible name of the result list. */
  resultsLabel: 'Daftar layanan',
  /** The results count, announced to screen readers as it changes. */
  resultCount: (count: number, formatted: string) =>
    count === 0 ? 'Tidak ada layanan yang cocok' : `${formatted} layanan`,
  /** An agency's group header: its number of results. */
  groupCount: (formatted: string) => `${formatted} layanan`,
  /** Nothing matches the search and filters. */
  noResults: 'Tidak ada layanan yang cocok. Coba kata lain, atau pilih semua instansi dan kategori.',
  /** The catalog has no services at all. */
  emptyCatalog: 'Belum ada layanan yang terdaftar.',
  /** The button that renders the next results. */
  showMore: (formatted: string) => `Tampilkan lebih banyak (${formatted} lagi)`,
  /** Closes the detail and goes back to the list. */
  close: 'Tutup',
  /** Accessible name of the close button, saying what it closes. */
  closeDetail: 'Tutup rincian layanan',
  /** On a narrow screen the detail takes the list's place: this button brings the list back. */
  backToList: 'Kembali ke daftar',
  /** Heading of the detail's requirements checklist. */
  requirementsHeading: 'Persyaratan',
  /** Hint under the requirements heading. */
  requirementsHint: 'Centang dokumen yang sudah Anda siapkan.',
  /** A service that needs no documents. */
  noRequirements: 'Tidak ada dokumen yang perlu dibawa.',
  /** Label of the service's cost. */
  costLabel: 'Biaya',
  /** Label of how long the service takes. */
  completionLabel: 'Waktu penyelesaian',
  /** Label of where the service is served: the agency, its floor and counters. */
  locationLabel: 'Tempat',
  /** Heading of the regulations the service rests on. */
  legalBasisHeading: 'Dasar hukum',
  /** Heading of the ways to get the service: queue, booking, online. */
  channelsHeading: 'Cara mengurus',
  /** A free service. */
  free: 'Gratis',
  /** A cost that varies, from the lowest to the highest (both formatted money). */
  costRange: (min: string, max: string) => `${min} – ${max}`,
  /** A service completed the same day. */
  sameDay: 'Selesai di hari yang sama',
  /** A completion time in working days. */
  workingDays: (formatted: string) => `${formatted} hari kerja`,
  /** A requirement brought as the original document. */
  formOriginal: 'Asli',
  /** A requirement brought as a photocopy. */
  formCopy: 'Fotokopi',
  /** A requirement brought as the original and a photocopy. */
  formOriginalAndCopy: 'Asli dan fotokopi',
  /** A requirement uploaded as a file. */
  formDigital: 'Berkas digital',
  /** How many sheets of a requirement to bring. */
  quantity: (formatted: string) => `${formatted} lembar`,
  /** Marks a requirement that is not mandatory. */
  optional: 'opsional',
  /** The button that takes a queue number for the service. */
  takeQueue: 'Ambil antrean',
  /** The button that books a slot for the service. */
  book: 'Booking',
  /** The link to the service's online portal. */
  online: 'Layanan daring',
  /** Appended to the accessible name of links that open a new tab. */
  newTab: '(membuka tab baru)',
  /** Category names by slug; an unknown slug is shown as it is. */
  categories: {
    kependudukan: 'Kependudukan',
    perizinan: 'Perizinan',
    kendaraan: 'Kendaraan bermotor',
    keimigrasian: 'Keimigrasian',
    perbankan: 'Perbankan',
    pertanahan: 'Pertanahan',
    keagamaan: 'Keagamaan',
    'pajak-daerah': 'Pajak daerah',
    bangunan: 'Bangunan',
    'jaminan-sosial': 'Jaminan sosial',
    kepolisian: 'Kepolisian',
    'air-minum': 'Air minum',
  } as Readonly<Record<string, string>>,
};

/**
 * The strings of `<mpp-service-catalog>`, typed by the Indonesian table above,
 * so the English one must have the same keys. Replace some of them per
 * language through the element's `strings` property.
 *
 * @interface
 */
export type CatalogStrings = typeof catalogId;
