/**
 * Bahasa Indonesia strings of `<mpp-service-catalog>`; this module defines
 * their shape ({@link CatalogStrings}). Numbers and money arrive already formatted.
 */
export const catalogId = {
  /** Label of the search field. */
  searchLabel: 'Cari layanan',
  /** Hint under the search field. */
  searchHint: 'Misalnya: KTP, paspor, NIB, pajak motor',
  /** Label of the agency filter and its "all" choice. */
  agencyFilter: 'Instansi',
  allAgencies: 'Semua instansi',
  /** Label of the category filter and its "all" choice. */
  categoryFilter: 'Kategori',
  allCategories: 'Semua kategori',
  /** Accessible name of the result list. */
  resultsLabel: 'Daftar layanan',
  /** The results count, announced to screen readers as it changes. */
  resultCount: (count: number, formatted: string) => (count === 0 ? 'Tidak ada layanan yang cocok' : `${formatted} layanan`),
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
  closeDetail: 'Tutup rincian layanan',
  /** Headings and labels of the detail. */
  requirementsHeading: 'Persyaratan',
  requirementsHint: 'Centang dokumen yang sudah Anda siapkan.',
  noRequirements: 'Tidak ada dokumen yang perlu dibawa.',
  costLabel: 'Biaya',
  completionLabel: 'Waktu penyelesaian',
  locationLabel: 'Tempat',
  legalBasisHeading: 'Dasar hukum',
  channelsHeading: 'Cara mengurus',
  /** Costs. */
  free: 'Gratis',
  costRange: (min: string, max: string) => `${min} – ${max}`,
  /** Completion times. */
  sameDay: 'Selesai di hari yang sama',
  workingDays: (formatted: string) => `${formatted} hari kerja`,
  /** Requirement forms and quantity. */
  formOriginal: 'Asli',
  formCopy: 'Fotokopi',
  formOriginalAndCopy: 'Asli dan fotokopi',
  formDigital: 'Berkas digital',
  quantity: (formatted: string) => `${formatted} lembar`,
  optional: 'opsional',
  /** Channel buttons and the online link. */
  takeQueue: 'Ambil antrian',
  book: 'Booking',
  online: 'Layanan daring',
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

/** The strings of `<mpp-service-catalog>`; {@link catalogId} defines them. */
export type CatalogStrings = typeof catalogId;
