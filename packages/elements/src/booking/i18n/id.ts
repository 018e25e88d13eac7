import type { TimeZone } from '@mpp-kit/contract';

/**
 * Bahasa Indonesia strings of the booking parts (the slot picker's calendar
 * and times, the calendar file and the QR code) shared by `<mpp-booking-form>`
 * and `<mpp-booking-manager>`, whose tables spread this one. This module
 * defines their shape ({@link SlotPickerStrings}). Dates, times and counts
 * arrive already formatted; counts come as numbers too, for the plurals of
 * other languages.
 */
export const slotPickerStringsId = {
  /** Label of the calendar region (the month grid with its navigation). */
  calendarLabel: 'Pilih tanggal',
  /** The button that shows the previous month. */
  previousMonth: 'Bulan sebelumnya',
  /** The button that shows the next month. */
  nextMonth: 'Bulan berikutnya',
  /** How the calendar is used by keyboard, read after the grid's name. */
  calendarKeys: 'Gunakan tombol panah untuk berpindah tanggal, Page Up dan Page Down untuk berpindah bulan.',
  /** Why a day cannot be booked: a holiday (its name from the site's data). */
  dayHoliday: (name: string) => `Libur: ${name}`,
  /** Why a day cannot be booked: a holiday whose name is not known. */
  dayHolidayUnnamed: 'Libur',
  /** Why a day cannot be booked: the MPP does not open on that weekday. */
  dayClosed: 'Tutup',
  /** Why a day cannot be booked: every time of the day is taken. */
  dayFull: 'Penuh',
  /** Why a day cannot be booked: every time of the day has already begun (today, late). */
  dayOver: 'Jam layanan hari ini sudah lewat',
  /** Why a day cannot be booked: it is before today. */
  dayPast: 'Sudah lewat',
  /** Why a day cannot be booked: it is past the service's booking horizon. */
  dayOutOfRange: 'Di luar jangka pemesanan',
  /** A day whose times are still being loaded (the visitor paged ahead). */
  dayLoading: 'Memuat jadwal…',
  /** Under the grid: the focused or selected day and its state. */
  dayNote: (date: string, state: string) => `${date}: ${state}`,
  /** The state of a bookable day in the note under the grid; `count` free times. */
  dayBookable: (_count: number, formatted: string) => `${formatted} jam tersedia`,
  /** The state of the chosen day in the note under the grid. */
  daySelected: 'Dipilih',
  /** Legend of the times: the chosen day. */
  timesLegend: (date: string) => `Jam tersedia pada ${date}`,
  /** The time zone the times are given in. */
  timeZoneNote: (zone: string) => `Semua jam dalam ${zone}.`,
  /** Short name of each of the contract's time zones. */
  timeZoneName: (zone: TimeZone) => ({ 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' })[zone],
  /** Places left in a time, after its range. */
  placesLeft: (_count: number, formatted: string) => `sisa ${formatted} tempat`,
  /** A time with no places left, after its range. */
  slotFull: 'penuh',
  /** A time's accessible name: its range and what is left. */
  slotName: (range: string, left: string) => `${range}, ${left}`,
  /** The visitor's current booking, shown among the times when rescheduling. */
  slotCurrent: 'jadwal Anda saat ini',
  /** Shown instead of times before a day is chosen. */
  chooseDayFirst: 'Pilih tanggal terlebih dahulu untuk melihat jam yang tersedia.',
  /** A chosen day without any bookable time (they ran out). */
  noTimes: 'Tidak ada jam yang dapat dipesan pada hari ini. Silakan pilih tanggal lain.',
  /** The service has no bookable day at all within its horizon. */
  noBookableDays: 'Belum ada jadwal yang dapat dipesan untuk layanan ini. Silakan coba lagi nanti.',
  /** The chosen time was taken by someone else while the visitor looked. */
  slotRanOut: (time: string) => `Jam ${time} baru saja penuh. Silakan pilih jam lain.`,
  /** Announced while the schedule loads. */
  loadingSchedule: 'Memuat jadwal…',
  /** Heading of the panel when the schedule could not be loaded. */
  scheduleFailed: 'Jadwal belum berhasil dimuat.',
  /** The schedule could not be loaded because the server was not reached. */
  scheduleUnreachable: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
  /** The schedule could not be loaded for another reason. */
  scheduleError: 'Terjadi kesalahan saat memuat jadwal. Silakan coba lagi.',
  /** Shown above the times when a refresh failed; `time` is when they were loaded. */
  scheduleStale: (time: string) => `Menampilkan jadwal per pukul ${time}; jadwal terbaru tidak dapat dimuat.`,
  /** The button that loads the schedule again. */
  scheduleRetry: 'Coba lagi',
  /** Accessible name of the QR code image of a booking code. */
  qrCodeLabel: (code: string) => `Kode QR pemesanan ${code}`,
  /** The "add to calendar" download link. */
  addToCalendar: 'Tambahkan ke kalender',
  /** The calendar event's title (the service's name). */
  calendarTitle: (service: string) => `Jadwal layanan: ${service}`,
  /** The calendar event's description: the booking code. */
  calendarCode: (code: string) => `Kode booking: ${code}`,
  /** The calendar event's description: what to bring, followed by the list. */
  calendarRequirements: 'Persyaratan yang perlu dibawa:',
  /** The calendar event's description: the manage link. */
  calendarManage: (url: string) => `Ubah atau batalkan: ${url}`,
};

/**
 * The strings of the booking parts, typed by the Indonesian table above, so the
 * English one must have the same keys. The booking form's and manager's tables
 * spread them: `{ ...slotPickerStringsId, ... }`.
 *
 * @interface
 */
export type SlotPickerStrings = typeof slotPickerStringsId;
