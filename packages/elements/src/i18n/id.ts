/**
 * Bahasa Indonesia strings every element shares: loading, errors, retry and
 * stale data. This module defines the shape: {@link CommonStrings} is its type,
 * and the English module must provide every key (a missing one is a compile
 * error). Values that take parameters are functions, so word order and plurals
 * stay each language's business.
 */
export const id = {
  /** Announced while data loads. */
  loading: 'Memuat…',
  /** The retry button after a failure. */
  retry: 'Coba lagi',
  /** Heading of the error panel. */
  loadFailed: 'Data tidak dapat dimuat.',
  /** The request got no HTTP answer: offline, DNS, TLS, a reset connection or a CORS refusal. */
  errorNetwork: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
  /** The server did not answer in time. */
  errorTimeout: 'Server terlalu lama menjawab. Silakan coba lagi.',
  /** The server answered with data that breaks the API contract, which only the site's operator can fix. */
  errorContract: 'Data dari server tidak dapat dibaca. Mohon hubungi pengelola situs ini.',
  /** The element's API configuration is invalid, e.g. a malformed `api-base`. */
  errorConfig: 'Alamat API komponen ini tidak valid. Mohon hubungi pengelola situs ini.',
  /** Any other failure. */
  errorUnknown: 'Terjadi kesalahan. Silakan coba lagi.',
  /** The element's text in the page's language could not be loaded (its table is fetched on demand). */
  textFailed: 'Teks komponen ini tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
  /** The server's request id, to quote when asking for help. */
  requestId: (id: string) => `Kode permintaan: ${id}`,
  /** Shown when neither `api-base`, `client` nor an enclosing provider gives the element an API. */
  notConfigured: 'Komponen ini belum terhubung ke API MPP: isi atribut api-base atau letakkan di dalam <mpp-provider>.',
  /** Data is shown but its refresh failed; `time` is when it was loaded. */
  staleFailed: (time: string) => `Menampilkan data per pukul ${time}; data terbaru tidak dapat dimuat.`,
  /** A live element lost its connection because the device is offline. */
  staleOffline: (time: string) => `Anda sedang luring. Data per pukul ${time}.`,
  /** A live element is reconnecting. */
  staleReconnecting: (time: string) => `Menyambung ulang… Data per pukul ${time}.`,
  /** A live element gets periodic snapshots instead of live updates. */
  stalePolling: (time: string) => `Diperbarui berkala. Data per pukul ${time}.`,
  /** A property or attribute got a value its form cannot read; `name` is spelt as the page wrote it. */
  unreadableProperty: (name: string, value: string, expected: string) =>
    `Nilai ${name} tidak dapat dibaca (“${value}”): seharusnya ${expected}. Mohon hubungi pengelola situs ini.`,
  /** The form a date property expects. */
  expectedDate: 'tanggal dan jam ISO 8601, misalnya 2026-12-01T09:00:00+07:00',
  /** The form a number property expects. */
  expectedNumber: 'angka, misalnya 3',
};

/**
 * The strings every element shares, typed by the Indonesian table above, so
 * the English one must have the same keys. Replace some of them per language
 * through an element's `strings` property.
 *
 * @interface
 */
export type CommonStrings = typeof id;
