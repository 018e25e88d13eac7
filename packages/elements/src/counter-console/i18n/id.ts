/**
 * Bahasa Indonesia strings of `<mpp-counter-console>`; this module defines
 * their shape ({@link CounterConsoleStrings}). Numbers, names and times arrive
 * already formatted.
 */
export const counterConsoleId = {
  /** The console's heading. */
  heading: 'Konsol loket',
  /** Heading of the sign-in step. */
  signInHeading: 'Masuk sebagai petugas',
  /** Label of the staff token field (a password field). */
  tokenLabel: 'Token petugas',
  /** Under the token field: where the token is kept. */
  tokenHint: 'Token hanya disimpan di memori halaman ini dan hilang saat Anda keluar atau memuat ulang halaman.',
  /** The sign-in button. */
  signIn: 'Masuk',
  /** The token field was empty. */
  tokenMissing: 'Isi token petugas terlebih dahulu.',
  /** The server refused the token (401 or 403). */
  wrongToken: 'Token salah. Periksa token petugas, lalu masuk lagi.',
  /** The sign-out button. */
  signOut: 'Keluar',
  /** After signing out. */
  signedOut: 'Anda sudah keluar. Token dihapus dari halaman ini.',
  /** Heading of the counter choice. */
  chooseHeading: 'Pilih loket',
  /** Label of the counter list. */
  counterLabel: 'Loket',
  /** The button that opens the console for the chosen counter. */
  choose: 'Pakai loket ini',
  /** The button that goes back to the counter choice. */
  changeCounter: 'Ganti loket',
  /** The `counter` attribute names a counter the MPP does not have. */
  counterNotFound: (id: string) => `Loket "${id}" tidak ada di MPP ini. Pilih loket lain.`,
  /** The MPP has no counters. */
  noCounters: 'MPP ini belum memiliki loket.',
  /** A counter in the list: its name, agency and status. */
  counterOption: (name: string, agency: string, status: string) => `${name} · ${agency} (${status})`,
  /** Label above the number being served. */
  serving: 'Sedang dilayani',
  /** In place of the number when the counter serves nobody. */
  servingNone: 'Belum ada nomor',
  /** Label of the counter's status. */
  statusLabel: 'Status loket',
  /** Counter status: open. */
  statusOpen: 'Buka',
  /** Counter status: paused. */
  statusPaused: 'Dijeda',
  /** Counter status: closed. */
  statusClosed: 'Tutup',
  /** Name of the group of queue actions. */
  queueActions: 'Tindakan antrean',
  /** Name of the group of counter status actions. */
  counterActions: 'Buka, jeda, atau tutup loket',
  /** Call the next ticket. */
  callNext: 'Panggil berikutnya',
  /** Call the current ticket again. */
  recall: 'Panggil ulang',
  /** Skip the current ticket (the citizen did not come). */
  skip: 'Lewati',
  /** Finish serving the current ticket. */
  complete: 'Selesai',
  /** Open the counter. */
  open: 'Buka loket',
  /** Pause the counter. */
  pause: 'Jeda',
  /** Close the counter. */
  close: 'Tutup loket',
  /** Heading of the counter's lines. */
  linesHeading: 'Antrean layanan loket ini',
  /** A line's people waiting. */
  waiting: (count: string) => `${count} menunggu`,
  /** A line's estimated wait for a new ticket. */
  estimatedWait: (duration: string) => `perkiraan tunggu ${duration}`,
  /** The counter serves no service that takes queue numbers. */
  noLines: 'Loket ini tidak melayani antrean nomor.',
  /** How the keyboard shortcuts work, under the buttons. */
  shortcutsHint:
    'Pintasan papan ketik (huruf pada tombol) berlaku selama fokus ada di konsol ini dan tidak di kolom isian.',
  /** While a staff action is being sent. */
  sending: 'Mengirim…',
  /** Outcome: a number was called. */
  called: (number: string, counter: string) => `${number} dipanggil ke ${counter}.`,
  /** Outcome: a number was called again. */
  recalled: (number: string) => `${number} dipanggil ulang.`,
  /** Outcome: a number was skipped. */
  skipped: (number: string) => `${number} dilewati.`,
  /** Outcome: a number was served. */
  completed: (number: string) => `${number} selesai dilayani.`,
  /** Outcome: the counter was opened. */
  opened: 'Loket dibuka.',
  /** Outcome: the counter was paused. */
  paused: 'Loket dijeda. Nomor baru tidak dipanggil ke loket ini sampai dibuka lagi.',
  /** Outcome: the counter was closed. */
  closed: 'Loket ditutup.',
  /** `queue_empty`: nobody is waiting for this counter's services. */
  queueEmpty: 'Tidak ada antrean yang menunggu untuk loket ini.',
  /** `counter_closed`: the counter must be open to call. */
  counterClosed: 'Loket sedang dijeda atau tutup. Buka loket dulu untuk memanggil nomor.',
  /** `recall_limit`: the number was recalled as often as the MPP allows. */
  recallLimit: 'Nomor ini sudah mencapai batas panggil ulang. Lewati atau selesaikan nomor ini.',
  /** `counter_changed`: the counter changed from elsewhere (another console) since the screen was drawn. */
  counterChanged:
    'Loket ini baru saja diubah dari perangkat lain. Tampilan sudah diperbarui; periksa nomor yang dilayani, lalu ulangi.',
  /** `conflict` on recall, skip or complete: the counter serves no number (any more). */
  noCurrentTicket:
    'Loket ini tidak sedang melayani nomor, mungkin baru diubah dari konsol lain. Tampilan sudah diperbarui.',
  /** `conflict` on close: a number is still at the counter. */
  closeWhileServing: 'Selesaikan atau lewati nomor yang sedang dilayani sebelum menutup loket.',
  /** `not_found`: the server does not know the counter. */
  counterUnknown: 'Server tidak mengenal loket ini. Pilih loket lain.',
  /** A staff action got no answer: it may or may not have happened. */
  actionNetwork:
    'Tidak dapat terhubung ke server; tindakan mungkin belum terkirim. Periksa nomor yang dilayani sebelum mencoba lagi.',
};

/**
 * The strings of `<mpp-counter-console>`, typed by the Indonesian table above,
 * so the English one must have the same keys. Replace some of them per
 * language through the element's `strings` property.
 *
 * @interface
 */
export type CounterConsoleStrings = typeof counterConsoleId;
