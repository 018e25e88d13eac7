/**
 * Bahasa Indonesia strings of `<mpp-ticket>`; this module defines their shape
 * ({@link TicketStrings}). Numbers, times and durations arrive already
 * formatted; counts come as numbers too, for the plurals of other languages.
 */
export const ticketStringsId = {
  /** The button that takes a number online. */
  takeButton: 'Ambil nomor antrean',
  /** The take button while the request runs. */
  taking: 'Mengambil nomor…',
  /** The button that takes a new number after a ticket is finished. */
  takeAnother: 'Ambil nomor baru',
  /** Shown when the element has neither `service` nor `ticket-id`. */
  chooseService: 'Pilih layanan untuk mengambil nomor antrean.',
  /** Heading of the take view: the service's name. */
  takeHeading: (service: string) => `Antrean ${service}`,
  /** The line now: how many wait. */
  lineWaiting: (count: number, formatted: string) =>
    count === 0 ? 'Belum ada yang menunggu' : `${formatted} orang menunggu`,
  /** The line now: the estimated wait of a number taken now. */
  lineWait: (duration: string) => `perkiraan tunggu ${duration}`,
  /** Heading of the ticket card. */
  yourNumber: 'Nomor antrean Anda',
  /** When the ticket was taken. */
  issuedAt: (time: string) => `Diambil pukul ${time}`,
  /** Label of the status fact. */
  statusLabel: 'Status',
  /** Label of the people-ahead fact. */
  aheadLabel: 'Di depan Anda',
  /** Label of the estimated-wait fact. */
  waitLabel: 'Perkiraan tunggu',
  /** Status word: in line. */
  statusWaiting: 'Menunggu',
  /** Status word: called to a counter. */
  statusCalled: 'Dipanggil',
  /** Status word: at the counter. */
  statusServing: 'Sedang dilayani',
  /** Status word: served. */
  statusDone: 'Selesai',
  /** Status word: did not come when called. */
  statusSkipped: 'Terlewat',
  /** Status word: left the line. */
  statusCancelled: 'Dibatalkan',
  /** People ahead in line. */
  ahead: (_count: number, formatted: string) => `${formatted} orang`,
  /** Nobody is ahead. */
  nextInLine: 'Anda berikutnya',
  /** No counter serves the service now, so no wait can be estimated. */
  waitUnknown: 'Belum dapat diperkirakan',
  /** The call, large: where to go. */
  goTo: (counter: string) => `Silakan menuju ${counter}`,
  /** Under the call: which number was called. */
  called: (number: string) => `Nomor ${number} dipanggil.`,
  /** Under the call, when the counter calls the number again. */
  recalled: (number: string) => `Nomor ${number} dipanggil ulang.`,
  /** The ticket is being served. */
  servingAt: (counter: string) => `Anda sedang dilayani di ${counter}.`,
  /** The ticket is finished: served. */
  finishedDone: 'Layanan selesai. Terima kasih atas kunjungan Anda.',
  /** Above the survey offer of a completed ticket. */
  surveyInvite:
    'Bagaimana pelayanan kami? Bantu kami dengan mengisi Survei Kepuasan Masyarakat: 9 pertanyaan singkat, tanpa data pribadi.',
  /** The link to the survey page. */
  surveyLink: 'Isi survei kepuasan',
  /** Until when the survey can be answered (the date formatted). */
  surveyUntil: (date: string) => `Survei dapat diisi sampai ${date}.`,
  /** Label of the survey code, when there is no survey link. */
  surveyCodeLabel: 'Kode survei',
  /** Where to type the code, and until when (the date formatted). */
  surveyCodeHint: (date: string) =>
    `Masukkan kode ini di halaman survei MPP atau di perangkat survei di MPP, paling lambat ${date}.`,
  /** The survey of this visit was answered. */
  surveyAnswered: 'Terima kasih, survei kepuasan untuk kunjungan ini sudah diisi.',
  /** The ticket is finished: its holder did not come when called. */
  finishedSkipped: 'Nomor ini terlewat karena tidak hadir saat dipanggil.',
  /** The ticket is finished: cancelled. */
  finishedCancelled: 'Nomor antrean ini sudah dibatalkan.',
  /** The button that asks the browser for permission to notify. */
  notifyButton: 'Beri tahu saya',
  /** What the notify button does. */
  notifyHint: 'Dapatkan notifikasi saat nomor Anda dipanggil, meski halaman ini tidak sedang dilihat.',
  /** Notifications are allowed. */
  notifyOn: 'Anda akan mendapat notifikasi saat nomor Anda dipanggil.',
  /** Notifications are blocked. */
  notifyBlocked: 'Notifikasi diblokir di peramban ini. Biarkan halaman ini terbuka agar panggilan tetap terlihat.',
  /** Title of the system notification. */
  notificationTitle: (number: string) => `Nomor ${number} dipanggil`,
  /** The cancel button. */
  cancelButton: 'Batalkan antrean',
  /** The confirmation question. */
  cancelQuestion: (number: string) => `Batalkan nomor ${number}? Nomor yang dibatalkan tidak dapat dipakai lagi.`,
  /** Confirms the cancellation. */
  cancelConfirm: 'Ya, batalkan',
  /** Keeps the ticket. */
  cancelKeep: 'Tidak, tetap antre',
  /** The confirm button while the request runs. */
  cancelling: 'Membatalkan…',
  /** The ticket was called (or served) before the cancellation arrived. */
  cancelTooLate: 'Nomor ini sudah dipanggil, jadi tidak dapat dibatalkan lagi.',
  /** Heading of a failed take. */
  takeFailed: 'Nomor antrean belum berhasil diambil.',
  /** Heading of a failed cancellation. */
  cancelFailed: 'Nomor antrean belum berhasil dibatalkan.',
  /** The daily quota is used up. */
  refusalQuota: 'Kuota nomor antrean layanan ini untuk hari ini sudah habis.',
  /** No counter serves the service now. */
  refusalQueueClosed:
    'Antrean layanan ini sedang tidak dibuka: belum ada loket yang melayaninya. Silakan coba lagi nanti.',
  /** The MPP is closed now. */
  refusalSiteClosed: 'MPP sedang tutup.',
  /** The MPP is closed for a holiday (its name from the data). */
  refusalHoliday: (holiday: string) => `MPP tutup hari ini: ${holiday}.`,
  /** The MPP is closed for a holiday whose name is not known. */
  refusalHolidayUnnamed: 'MPP tutup hari ini karena hari libur.',
  /** When numbers can be taken again. */
  reopens: (when: string) => `Nomor antrean dapat diambil lagi ${when}.`,
  /** A next opening later today. */
  whenToday: (time: string) => `hari ini pukul ${time}`,
  /** A next opening tomorrow. */
  whenTomorrow: (time: string) => `besok pukul ${time}`,
  /** A next opening on a later date. */
  whenOn: (date: string, time: string) => `pada ${date} pukul ${time}`,
  /** A ticket id that the server does not know (e.g. from another day). */
  ticketNotFound: 'Nomor antrean ini tidak ditemukan. Mungkin harinya sudah lewat.',
};

/**
 * The strings of `<mpp-ticket>`, typed by the Indonesian table above, so the
 * English one must have the same keys. Replace some of them per language
 * through the element's `strings` property.
 *
 * @interface
 */
export type TicketStrings = typeof ticketStringsId;
