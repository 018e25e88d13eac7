/**
 * Bahasa Indonesia strings of `<mpp-queue-status>`; this module defines their
 * shape ({@link QueueStatusStrings}). Numbers, times and durations arrive
 * already formatted; queue numbers (`A-012`) and counter names are data.
 */
export const queueStatusId = {
  /** Heading of the card (compact) and of the board. */
  heading: 'Status antrean',
  /** Heading of the counters section. */
  countersHeading: 'Loket',
  /** Heading of the service lines section. */
  linesHeading: 'Antrean per layanan',
  /** Heading of the board's latest calls. */
  latestCallsHeading: 'Panggilan terakhir',
  /** Heading of the board's waiting lines. */
  waitingHeading: 'Menunggu',
  /** A counter that is open and calling. */
  counterOpen: 'Buka',
  /** A counter that is open but serves nobody now. */
  counterIdle: 'Siap',
  /** A counter paused by its staff. */
  counterPaused: 'Jeda',
  /** A closed counter. */
  counterClosed: 'Tutup',
  /** Label before the number a counter serves. */
  nowServing: 'Nomor dilayani',
  /** Read instead of the dash when a counter serves nobody. */
  notServing: 'tidak ada',
  /** People waiting in a service's line; `count` is the number, `formatted` the same number as shown. */
  waiting: (_count: number, formatted: string) => `${formatted} orang menunggu`,
  /** Nobody waits in a service's line. */
  nobodyWaiting: 'Tidak ada yang menunggu',
  /** The estimated wait of a new ticket, `duration` already formatted. */
  estimatedWait: (duration: string) => `perkiraan tunggu ${duration}`,
  /** A line that no counter serves now, so no wait can be estimated. */
  noCounterServing: 'belum ada loket yang melayani',
  /** The board shows only some waiting lines: how many more there are (`formatted` is `count` as shown). */
  moreLines: (_count: number, formatted: string) => `dan ${formatted} layanan lain`,
  /** The board's lines when nobody waits anywhere in its scope. */
  nobodyWaitingAnywhere: 'Tidak ada yang menunggu saat ini.',
  /** The board before anyone has been called. */
  noCallsYet: 'Belum ada panggilan.',
  /** Marks a call made again (the citizen did not come yet). */
  recall: 'Panggilan ulang',
  /** Shown when the scope (`agency`, `service`) has no counter and no line. */
  emptyScope: 'Tidak ada loket atau layanan antrean dalam cakupan ini.',
  /** Label of the connection indicator. */
  connectionLabel: 'Koneksi',
  /** The connection while the first data is on its way. */
  connectionConnecting: 'Menghubungkan…',
  /** The connection while updates arrive as they happen. */
  connectionLive: 'Langsung',
  /** The connection while the stream is reopened. */
  connectionReconnecting: 'Menyambung ulang…',
  /** The connection while data is fetched periodically. */
  connectionPolling: 'Diperbarui berkala',
  /** The connection while the device is offline. */
  connectionOffline: 'Luring',
  /** The pause toggle (its state is `aria-pressed`). */
  pauseUpdates: 'Jeda pembaruan',
  /** Shown while updates are paused; `time` is when the frozen data is from. */
  pausedNote: (time: string) =>
    `Pembaruan dijeda: tampilan ini tetap seperti data pukul ${time}. Tekan "Jeda pembaruan" lagi untuk melanjutkan.`,
  /** The board's button that allows sound (browsers need a click first). */
  enableSound: 'Aktifkan suara',
  /** The board's mute toggle (its state is `aria-pressed`). */
  mute: 'Bisukan',
  /** The device has neither speech synthesis nor Web Audio. */
  soundUnavailable: 'Perangkat ini tidak dapat memutar suara.',
  /** No voice of the speech language: calls are read by the device's default voice. */
  noVoice: (language: string) =>
    `Suara ${language} tidak ditemukan di perangkat ini; panggilan dibacakan dengan suara bawaan.`,
  /** Names of the speech languages, as {@link noVoice} uses them. */
  speechLanguages: {
    /** Indonesian. */
    id: 'bahasa Indonesia',
    /** English. */
    en: 'bahasa Inggris',
  },
  /** Screen-reader announcement of one call. */
  announceCall: (number: string, counter: string) => `Nomor ${number} dipanggil ke ${counter}.`,
  /** Screen-reader announcement of a recall. */
  announceRecall: (number: string, counter: string) => `Nomor ${number} dipanggil ulang ke ${counter}.`,
  /** Screen-reader announcement of many calls at once; `latest` is the newest one's announcement. */
  announceMany: (count: string, latest: string) => `${count} nomor dipanggil. Terakhir: ${latest}`,
  /** The MPP is closed now (no holiday). */
  closedNow: 'MPP sedang tutup',
  /** The MPP is closed today for a holiday: its name from the data. */
  closedHoliday: (holiday: string) => `Tutup hari ini: ${holiday}`,
  /** The MPP is in a break: the break's label from the data, until when. */
  breakUntil: (label: string, time: string) => `${label} sampai pukul ${time}`,
  /** Closed: it opens later today. */
  opensToday: (time: string) => `buka pukul ${time}`,
  /** Closed: it opens tomorrow. */
  opensTomorrow: (time: string) => `buka lagi besok pukul ${time}`,
  /** Closed: it opens on a later date. */
  opensOn: (date: string, time: string) => `buka lagi ${date} pukul ${time}`,
  /** The board's clock, the server's time in the site's zone. */
  clock: (time: string) => `Pukul ${time}`,
};

/**
 * The strings of `<mpp-queue-status>`, typed by the Indonesian table above, so
 * the English one must have the same keys. Replace some of them per language
 * through the element's `strings` property.
 *
 * @interface
 */
export type QueueStatusStrings = typeof queueStatusId;
