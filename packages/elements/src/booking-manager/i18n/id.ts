import { slotPickerStringsId } from '../../booking/i18n/id.js';

/**
 * Bahasa Indonesia strings of `<mpp-booking-manager>`, with the slot picker's
 * (spread first); this module defines their shape ({@link BookingManagerStrings}).
 * Dates, times and names arrive already formatted.
 */
export const bookingManagerStringsId = {
  ...slotPickerStringsId,
  /** The element's heading. */
  heading: 'Kelola pemesanan',
  /** Above the find form. */
  findIntro: 'Masukkan kode booking dan kode rahasia dari bukti pemesanan Anda.',
  /** Label of the booking code field. */
  codeLabel: 'Kode booking',
  /** Label of the secret field. */
  secretLabel: 'Kode rahasia',
  /** Under the secret field. */
  secretHint: 'Kode rahasia ada di bukti pemesanan dan di tautan kelola pemesanan. Jangan bagikan kepada orang lain.',
  /** The find button. */
  findButton: 'Cari pemesanan',
  /** The find button while the booking is looked up. */
  finding: 'Mencari pemesanan…',
  /** The code field was empty. */
  codeMissing: 'Isi kode booking.',
  /** The secret field was empty. */
  secretMissing: 'Isi kode rahasia.',
  /** Code and secret do not match a booking (never says which of the two was wrong). */
  notFound: 'Pemesanan tidak ditemukan. Periksa kembali kode booking dan kode rahasia Anda.',
  /** Announced when the booking is shown. */
  found: (code: string) => `Pemesanan ${code} ditemukan.`,
  /** Heading of the booking card. */
  bookingHeading: (code: string) => `Pemesanan ${code}`,
  /** Label of the booking code fact. */
  codeFact: 'Kode booking',
  /** Label of the status fact. */
  statusLabel: 'Status',
  /** Label of the service fact. */
  serviceLabel: 'Layanan',
  /** Label of the date and time fact. */
  whenLabel: 'Jadwal',
  /** Label of the place fact. */
  placeLabel: 'Tempat',
  /** Label of the applicant's (masked) name. */
  nameLabel: 'Atas nama',
  /** A booked date and time range in the site's zone (its short name). */
  when: (date: string, range: string, zone: string) => `${date}, pukul ${range} ${zone}`,
  /** The counters that serve the service. */
  counters: (names: string) => `Loket: ${names}`,
  /** Booking status: booked. */
  statusConfirmed: 'Terkonfirmasi',
  /** Booking status: checked in at the MPP. */
  statusCheckedIn: 'Sudah check-in',
  /** Booking status: cancelled. */
  statusCancelled: 'Dibatalkan',
  /** Booking status: served. */
  statusCompleted: 'Selesai',
  /** Booking status: the holder did not come. */
  statusNoShow: 'Tidak hadir',
  /** The button that opens the slot picker. */
  rescheduleButton: 'Ubah jadwal',
  /** Heading of the slot picker. */
  rescheduleHeading: 'Pilih jadwal baru',
  /** The chosen new time, above the confirm button. */
  newSlot: (when: string) => `Jadwal baru: ${when}`,
  /** Before a new time is chosen. */
  chooseNewSlot: 'Pilih tanggal dan jam baru.',
  /** Confirms the move. */
  confirmReschedule: 'Pindahkan ke jadwal ini',
  /** The confirm button while the request runs. */
  rescheduling: 'Memindahkan jadwal…',
  /** Closes the slot picker without changing anything. */
  keepSchedule: 'Tidak jadi',
  /** After the move (shown and announced). */
  rescheduled: (when: string) => `Jadwal dipindahkan ke ${when}.`,
  /** The chosen time ran out meanwhile; followed by the nearest free ones. */
  slotTaken: 'Jam yang Anda pilih baru saja penuh. Jam terdekat yang masih tersedia:',
  /** The chosen time ran out and none near it is free. */
  slotTakenNoAlternatives: 'Jam yang Anda pilih baru saja penuh. Silakan pilih tanggal atau jam lain.',
  /** An alternative time's button. */
  alternative: (when: string) => `Pilih ${when}`,
  /** `booking_not_modifiable`: the change deadline before the slot has passed. */
  notModifiable:
    'Pemesanan ini tidak dapat diubah atau dibatalkan lagi karena batas waktu perubahan sebelum jadwal sudah lewat. Silakan datang sesuai jadwal atau hubungi MPP.',
  /** The booking is no longer active (checked in, served, missed). */
  notActive: 'Pemesanan ini tidak aktif lagi, jadi tidak dapat diubah atau dibatalkan.',
  /** The cancel button. */
  cancelButton: 'Batalkan pemesanan',
  /** The inline confirmation's question. */
  cancelQuestion: 'Batalkan pemesanan?',
  /** Under the question: what cancelling means. */
  cancelDetail: 'Jadwal Anda dilepas untuk orang lain dan tidak dapat dikembalikan.',
  /** Confirms the cancellation. */
  cancelYes: 'Ya',
  /** Keeps the booking. */
  cancelNo: 'Tidak',
  /** The confirm button while the request runs. */
  cancelling: 'Membatalkan…',
  /** After the cancellation (shown and announced). */
  cancelled: 'Pemesanan sudah dibatalkan. Anda dapat memesan jadwal baru kapan saja.',
  /** Heading of a failed reschedule. */
  rescheduleFailed: 'Jadwal belum berhasil dipindahkan.',
  /** Heading of a failed cancellation. */
  cancelFailed: 'Pemesanan belum berhasil dibatalkan.',
  /** Returns to the find form. */
  findAnother: 'Cari pemesanan lain',
};

/**
 * The strings of `<mpp-booking-manager>`, typed by the Indonesian table above,
 * so the English one must have the same keys. Replace some of them per
 * language through the element's `strings` property.
 *
 * @interface
 */
export type BookingManagerStrings = typeof bookingManagerStringsId;
