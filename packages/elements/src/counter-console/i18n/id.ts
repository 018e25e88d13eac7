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
  /** Label of the survey code after "Selesai": which number it is for. */
  surveyCodeFor: (number: string) => `Kode survei kepuasan untuk ${number}`,
  /** Under the survey code. */
  surveyCodeHint:
    'Bacakan atau cetak kode ini untuk pengunjung. Survei diisi di halaman survei MPP atau di perangkat survei.',
  /** Added to the outcome once the code is read, so a screen reader hears it. */
  surveyCodeSaid: (code: string) => `Kode survei: ${code}.`,
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
  /** Heading of the check-in section. */
  checkInHeading: 'Check-in pemesanan',
  /** Label of the booking code field. */
  checkInCodeLabel: 'Kode booking',
  /** Under the code field: how to use it. */
  checkInCodeHint: 'Ketik atau pindai kode booking dari bukti pemesanan, lalu tekan Enter.',
  /** The button that looks the code up. */
  checkInFind: 'Cari',
  /** While a code is looked up. */
  checkInFinding: 'Mencari…',
  /** The code field was empty. */
  checkInCodeMissing: 'Isi kode booking terlebih dahulu.',
  /** No booking has this code. */
  checkInNotFound: (code: string) => `Kode booking ${code} tidak ditemukan. Periksa kembali kodenya.`,
  /** A booking was found (announced). */
  checkInFound: (code: string) => `Pemesanan ${code} ditemukan.`,
  /** Heading of the booking found. */
  checkInBookingHeading: (code: string) => `Pemesanan ${code}`,
  /** Label of the booked service. */
  checkInServiceLabel: 'Layanan',
  /** Label of the booked date and time. */
  checkInTimeLabel: 'Jadwal',
  /** The booked date and time range. */
  checkInSlot: (date: string, range: string) => `${date}, pukul ${range}`,
  /** Label of the applicant's (masked) name. */
  checkInNameLabel: 'Nama pemohon',
  /** Label of the booking's status. */
  checkInStatusLabel: 'Status',
  /** Label of the check-in window. */
  checkInWindowLabel: 'Waktu check-in',
  /** Booking status: booked. */
  bookingConfirmed: 'Terkonfirmasi',
  /** Booking status: checked in. */
  bookingCheckedIn: 'Sudah check-in',
  /** Booking status: cancelled. */
  bookingCancelled: 'Dibatalkan',
  /** Booking status: served. */
  bookingCompleted: 'Selesai',
  /** Booking status: the holder did not come. */
  bookingNoShow: 'Tidak hadir',
  /** Check-in is possible now. */
  checkInOpen: 'Dapat check-in sekarang.',
  /** Too early: when check-in opens. */
  checkInTooEarly: (date: string, time: string) => `Belum waktunya check-in. Check-in dibuka ${date} pukul ${time}.`,
  /** Too late: when check-in closed. */
  checkInTooLate: (time: string) =>
    `Waktu check-in sudah lewat (ditutup pukul ${time}). Pemohon dapat mengambil nomor antrean biasa.`,
  /** Already checked in, with the ticket it became. */
  checkInAlready: (number: string) => `Pemesanan ini sudah check-in dengan nomor antrean ${number}.`,
  /** Already checked in; the ticket could not be read. */
  checkInAlreadyUnknown: 'Pemesanan ini sudah check-in.',
  /** The booking was cancelled. */
  checkInCancelled: 'Pemesanan ini sudah dibatalkan dan tidak dapat check-in.',
  /** The booking was served or missed. */
  checkInNotCheckable: 'Pemesanan ini sudah selesai atau terlewat dan tidak dapat check-in.',
  /** The check-in button. */
  checkInButton: 'Check-in',
  /** The check-in button while the request runs. */
  checkInSending: 'Memproses check-in…',
  /** Label above the new ticket's number. */
  checkInTicketLabel: 'Nomor antrean',
  /** Under the new ticket's number. */
  checkInPriority: 'Antrean prioritas: dipanggil sebelum nomor tanpa pemesanan.',
  /** After check-in (announced). */
  checkedIn: (number: string) => `Check-in berhasil. Nomor antrean ${number} (prioritas).`,
  /** A lookup or check-in got no answer. */
  checkInNetwork:
    'Tidak dapat terhubung ke server; check-in mungkin belum terkirim. Cari kode ini lagi untuk memeriksanya.',
};

/**
 * The strings of `<mpp-counter-console>`, typed by the Indonesian table above,
 * so the English one must have the same keys. Replace some of them per
 * language through the element's `strings` property.
 *
 * @interface
 */
export type CounterConsoleStrings = typeof counterConsoleId;
