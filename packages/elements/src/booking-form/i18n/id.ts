import { slotPickerStringsId } from '../../booking/i18n/id.js';

/**
 * Bahasa Indonesia strings of `<mpp-booking-form>`; this module defines their
 * shape ({@link BookingFormStrings}). It spreads the slot picker's strings (the
 * calendar, the times, the QR code and the calendar file), so a host overrides
 * those through the form's `strings` too. Dates, times and counts arrive
 * already formatted.
 */
export const bookingFormStringsId = {
  ...slotPickerStringsId,
  /** The form's accessible name. */
  formLabel: 'Pesan jadwal layanan',
  /** The progress line, visible and announced: step number, count and name. */
  progress: (step: number, of: number, name: string) => `Langkah ${step} dari ${of}: ${name}`,
  /** Heading of the service step. */
  stepService: 'Pilih layanan',
  /** Heading of the date step. */
  stepDate: 'Pilih tanggal',
  /** Heading of the time step. */
  stepTime: 'Pilih jam',
  /** Heading of the applicant step. */
  stepApplicant: 'Data pemohon',
  /** Heading of the review step. */
  stepReview: 'Periksa pesanan',
  /** Heading of the confirmation step. */
  stepConfirmation: 'Pemesanan berhasil',
  /** The button to the next step. */
  next: 'Lanjut',
  /** The button to the previous step. */
  back: 'Kembali',
  /** The last button: sends the booking. */
  book: 'Pesan',
  /** The book button while the booking is sent. */
  booking: 'Memesan…',
  /** Legend of the list of bookable services. */
  servicesLegend: 'Layanan yang dapat dipesan',
  /** The service step without a choice yet, after Lanjut. */
  chooseServiceFirst: 'Pilih salah satu layanan terlebih dahulu.',
  /** No service of the site can be booked online. */
  noBookableServices: 'Belum ada layanan yang dapat dipesan secara online. Silakan ambil nomor antrean di MPP.',
  /** Above the calendar and times: which service is being booked. */
  bookingFor: (service: string) => `Layanan: ${service}`,
  /** The date step without a chosen day, after Lanjut. */
  chooseDateFirst: 'Pilih tanggal yang tersedia terlebih dahulu.',
  /** The time step without a chosen time, after Lanjut. */
  chooseTimeFirst: 'Pilih jam yang tersedia terlebih dahulu.',
  /** Label of the name field. */
  nameLabel: 'Nama lengkap',
  /** Hint of the name field. */
  nameHint: 'Sesuai KTP.',
  /** Label of the NIK field. */
  nikLabel: 'NIK',
  /** Hint of the NIK field. */
  nikHint: '16 digit Nomor Induk Kependudukan, tertera di KTP atau Kartu Keluarga.',
  /** Label of the phone field. */
  phoneLabel: 'Nomor HP/WhatsApp',
  /** Hint of the phone field. */
  phoneHint: 'Diawali 08, 62 atau +62.',
  /** The phone as it will be used (E.164), once valid. */
  phoneAs: (phone: string) => `Akan dihubungi di ${phone}.`,
  /** Label of the email field. */
  emailLabel: 'Email (opsional)',
  /** The name is missing or too short. */
  nameMissing: 'Isi nama lengkap (minimal 2 huruf).',
  /** The name is too long. */
  nameTooLong: 'Nama terlalu panjang (maksimal 100 huruf).',
  /** The NIK is missing. */
  nikMissing: 'Isi NIK (16 digit).',
  /** The NIK has other characters than digits. */
  nikDigitsOnly: 'NIK hanya berisi angka.',
  /** The NIK has too few or too many digits; `count` typed so far. */
  nikLength: (_count: number, formatted: string) => `NIK harus 16 digit (baru ${formatted})`,
  /** The NIK has more than 16 digits. */
  nikTooLong: (_count: number, formatted: string) => `NIK harus 16 digit (terisi ${formatted})`,
  /** The NIK's region code (province, regency, district) is unknown. */
  nikRegion: 'Kode wilayah pada NIK tidak dikenal. Periksa 6 digit pertama.',
  /** The NIK's date of birth (digits 7 to 12) is impossible or in the future. */
  nikBirthDate: 'Tanggal lahir pada NIK tidak valid',
  /** The NIK's serial (the last 4 digits) is 0000. */
  nikSerial: 'Nomor urut pada NIK (4 digit terakhir) tidak valid.',
  /** The phone is missing. */
  phoneMissing: 'Isi nomor HP/WhatsApp.',
  /** The phone is not an Indonesian number. */
  phoneInvalid: 'Nomor HP tidak valid. Tulis nomor Indonesia yang diawali 08, 62 atau +62.',
  /** The email is not an address. */
  emailInvalid: 'Alamat email tidak valid.',
  /** Heading of the consent text. */
  consentHeading: 'Persetujuan pemrosesan data pribadi',
  /** What is collected. */
  consentCollected: 'Data yang kami kumpulkan: nama lengkap, NIK, nomor HP/WhatsApp dan email (jika diisi).',
  /** Why. */
  consentPurpose:
    'Tujuannya: memverifikasi identitas Anda di loket saat datang dan menghubungi Anda tentang pemesanan ini.',
  /** Who processes the data: the site and its regency. */
  consentController: (site: string, regency: string) =>
    `Data diproses oleh ${site}, Pemerintah ${regency}, dan tidak dibagikan untuk keperluan lain.`,
  /** How long, when the server states it. */
  consentRetention: (_days: number, formatted: string) =>
    `Data disimpan sampai ${formatted} hari setelah jadwal kunjungan Anda, lalu dihapus.`,
  /** How long, when the server does not state a number. */
  consentRetentionPolicy: (site: string) =>
    `Data dihapus setelah layanan selesai, sesuai kebijakan penyimpanan data ${site}.`,
  /** The law, and the holder's rights. */
  consentLaw:
    'Sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda dapat membatalkan pemesanan kapan saja melalui tautan kelola.',
  /** The consent checkbox's label. */
  consentLabel: 'Saya setuju data pribadi saya diproses untuk tujuan di atas.',
  /** The checkbox was not ticked at Lanjut. */
  consentMissing: 'Centang persetujuan untuk melanjutkan. Tanpa persetujuan, pemesanan tidak dapat dikirim.',
  /** Review: the service. */
  reviewService: 'Layanan',
  /** Review: the date. */
  reviewDate: 'Tanggal',
  /** Review: the time. */
  reviewTime: 'Jam',
  /** Review: the place. */
  reviewPlace: 'Tempat',
  /** Review: the applicant's name. */
  reviewName: 'Nama',
  /** Review: the NIK, masked. */
  reviewNik: 'NIK',
  /** Review: the phone number. */
  reviewPhone: 'Nomor HP/WhatsApp',
  /** Review: the email address. */
  reviewEmail: 'Email',
  /** No email was given. */
  noEmail: 'Tidak diisi',
  /** An edit button's visible text. */
  edit: 'Ubah',
  /** Edit button: back to the service. */
  editService: 'Ubah layanan',
  /** Edit button: back to the date. */
  editDate: 'Ubah tanggal',
  /** Edit button: back to the time. */
  editTime: 'Ubah jam',
  /** Edit button: back to the applicant. */
  editApplicant: 'Ubah data pemohon',
  /** A time range with the zone's short name: `09.00–09.30 WIB`. */
  timeWithZone: (range: string, zone: string) => `${range} ${zone}`,
  /** Heading of a refused or failed booking. */
  bookFailed: 'Pemesanan belum berhasil.',
  /** The chosen time filled up meanwhile; `time` is its range. */
  slotTaken: (time: string) => `Jam ${time} baru saja penuh. Data Anda tetap tersimpan; silakan pilih jam lain.`,
  /** Offered after `slotFull`. */
  alternativesHeading: 'Jam terdekat yang masih tersedia:',
  /** No alternative time on the same or later days. */
  noAlternatives: 'Tidak ada jam lain yang tersedia dalam waktu dekat. Silakan pilih tanggal lain.',
  /** The chosen time cannot be booked (past, or no longer offered). */
  slotUnavailable: 'Jam ini tidak dapat dipesan lagi. Silakan pilih jam lain.',
  /** The NIK already has a booking for this service on that day. */
  bookingExists:
    'NIK ini sudah punya pemesanan untuk layanan ini pada tanggal tersebut. Gunakan tautan kelola pemesanan itu untuk mengubahnya, atau pilih tanggal lain.',
  /** The day turned out to be a holiday. */
  holiday: 'MPP tutup pada tanggal ini karena hari libur. Silakan pilih tanggal lain.',
  /** The MPP is closed at that time. */
  siteClosed: 'MPP tutup pada waktu ini. Silakan pilih tanggal atau jam lain.',
  /** The service's quota is used up. */
  quotaExceeded: 'Kuota layanan ini untuk tanggal tersebut sudah habis. Silakan pilih tanggal lain.',
  /** The server refused some fields. */
  validationFailed: 'Beberapa data belum sesuai. Periksa kolom yang ditandai.',
  /** The booking may not have arrived: no answer. */
  bookNetwork:
    'Tidak dapat terhubung ke server, jadi belum pasti pemesanan Anda diterima. Periksa koneksi internet, lalu tekan Coba lagi: Anda tidak akan terpesan dua kali.',
  /** The booking may not have arrived: timeout. */
  bookTimeout:
    'Server terlalu lama menjawab, jadi belum pasti pemesanan Anda diterima. Tekan Coba lagi: Anda tidak akan terpesan dua kali.',
  /** Heading above the booking code. */
  codeLabel: 'Kode booking',
  /** Under the code. */
  codeHint: 'Tunjukkan kode atau kode QR ini di loket informasi saat datang.',
  /** Confirmation: the date. */
  confirmDate: 'Tanggal',
  /** Confirmation: the time. */
  confirmTime: 'Jam',
  /** Confirmation: the place. */
  confirmPlace: 'Tempat',
  /** Confirmation: the counter area. */
  confirmCounter: 'Loket',
  /** The counter area: the agency, and the counters when known. */
  counterArea: (agency: string, counters: string) => (counters ? `${agency} · ${counters}` : agency),
  /** When check-in at the information desk opens and closes (durations formatted). */
  checkInNote: (before: string, after: string) =>
    `Check-in di loket informasi dibuka ${before} sebelum jam Anda mulai dan ditutup ${after} setelah jam Anda berakhir.`,
  /** Heading of the requirements on the confirmation. */
  bringHeading: 'Dokumen yang perlu dibawa',
  /** A service without requirements. */
  bringNothing: 'Tidak ada dokumen khusus yang perlu dibawa.',
  /** A document to bring as the original. */
  formOriginal: 'asli',
  /** A document to bring as a photocopy. */
  formCopy: 'fotokopi',
  /** A document to bring as the original and a photocopy. */
  formOriginalAndCopy: 'asli dan fotokopi',
  /** A document to bring as a digital file. */
  formDigital: 'berkas digital',
  /** After a requirement's name: in what form and how many. */
  requirementDetail: (form: string, quantity: string) => `${form}, ${quantity} lembar`,
  /** Marks an optional requirement. */
  requirementOptional: 'jika diperlukan',
  /** Heading above the manage link. */
  manageHeading: 'Ubah atau batalkan',
  /** The manage link's text. */
  manageLink: 'Kelola pemesanan ini',
  /** The warning next to the manage link. */
  manageWarning:
    'Simpan tautan ini dan jangan bagikan kepada siapa pun: siapa saja yang memegangnya dapat mengubah atau membatalkan pemesanan Anda.',
  /** The QR code is being drawn. */
  qrLoading: 'Menyiapkan kode QR…',
  /** The QR code could not be drawn (its script did not load). */
  qrFailed: 'Kode QR tidak dapat ditampilkan. Tunjukkan kode pemesanan di atas.',
  /** The button that starts another booking after a confirmation. */
  bookAnother: 'Pesan jadwal lain',
};

/**
 * The strings of `<mpp-booking-form>`, typed by the Indonesian table above, so
 * the English one must have the same keys. Replace some of them per language
 * through the element's `strings` property.
 *
 * @interface
 */
export type BookingFormStrings = typeof bookingFormStringsId;
