import { localDateOf, localTimeOf, type TimeZone } from '@mpp-kit/contract';
import { html, type TemplateResult } from 'lit';
import type { SlotPickerStrings } from './i18n/id.js';

/** What goes into a booking's calendar file. */
export interface BookingCalendarEvent {
  /** The booking code; the event's UID is `<code>@mpp-kit` and the file `<code>.ics`. */
  readonly code: string;
  /** The slot's start, ISO 8601 with the site's offset (`2026-03-03T09:00:00+07:00`). */
  readonly slotStart: string;
  /** The slot's end, with the same offset. */
  readonly slotEnd: string;
  /** The event's title, e.g. `Jadwal layanan: Perekaman KTP-el`. */
  readonly title: string;
  /** Where: the MPP's name and address, and the counter area. */
  readonly location: string;
  /** Plain text, lines separated by `\n`: the code, what to bring, the manage link ({@link calendarDescription}). */
  readonly description: string;
  /** A page about the booking (the manage link), absolute. */
  readonly url?: string;
  /** The site's time zone; by default the zone of the slot's offset (WIB, WITA or WIT). */
  readonly timeZone?: TimeZone;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines are at most 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** Indonesia's zones by UTC offset: each has kept one offset since 1964, with no daylight saving. */
const ZONE_OF_OFFSET: Readonly<Record<string, TimeZone>> = {
  '+07:00': 'Asia/Jakarta',
  '+08:00': 'Asia/Makassar',
  '+09:00': 'Asia/Jayapura',
};
const ZONE_NAME: Readonly<Record<TimeZone, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
const OFFSET_OF_ZONE: Readonly<Record<TimeZone, string>> = {
  'Asia/Jakarta': '+0700',
  'Asia/Makassar': '+0800',
  'Asia/Jayapura': '+0900',
};

/**
 * A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon and comma
 * get a backslash, and every line break becomes `\n`.
 *
 * @example escapeText('Jl. Basuki Rahmat, Kediri; lantai 2') // 'Jl. Basuki Rahmat\\, Kediri\\; lantai 2'
 */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * A content line folded per RFC 5545 §3.1: at most 75 octets per line, the
 * rest on continuation lines that start with a space, and never inside a
 * UTF-8 sequence (a code point stays whole).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** `20260303T020000Z`: an instant in UTC, as DTSTAMP wants it. */
function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/** `20260303T090000`: the wall clock of an instant in `zone`, for DTSTART;TZID=…. */
function localStamp(instant: string, zone: TimeZone): string {
  const seconds = new Date(instant).getUTCSeconds();
  const time = `${localTimeOf(instant, zone).replace(':', '')}${String(seconds).padStart(2, '0')}`;
  return `${localDateOf(instant, zone).replace(/-/g, '')}T${time}`;
}

/** The zone of a slot: given, or that of its offset (`+08:00` is WITA); `null` for another offset. */
function zoneOf(event: BookingCalendarEvent): TimeZone | null {
  if (event.timeZone) return event.timeZone;
  const offset = /([+-]\d\d:\d\d|Z)$/.exec(event.slotStart)?.[1] ?? '';
  return ZONE_OF_OFFSET[offset] ?? null;
}

/** A VTIMEZONE of one of Indonesia's zones: a single standard time, no daylight saving. */
function timeZoneLines(zone: TimeZone): string[] {
  const offset = OFFSET_OF_ZONE[zone];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${ZONE_NAME[zone]}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/**
 * A booking as an iCalendar file (RFC 5545): one VEVENT in the site's time
 * zone (TZID plus its VTIMEZONE, so calendars on a phone in another zone still
 * show the right moment), UID `<code>@mpp-kit` (adding it twice updates one
 * event), a reminder an hour before, text escaped, lines folded at 75 octets,
 * CRLF line breaks.
 *
 * @param now the DTSTAMP (when the file was made). @default the current time
 * @example
 * ```ts
 * const text = bookingCalendarFile({
 *   code: 'KDR-7QX4M2',
 *   slotStart: '2026-03-03T09:00:00+07:00',
 *   slotEnd: '2026-03-03T09:30:00+07:00',
 *   title: 'Jadwal layanan: Perekaman KTP-el',
 *   location: 'MPP Kota Kediri, Jl. Basuki Rahmat',
 *   description: 'Kode booking: KDR-7QX4M2',
 * });
 * ```
 */
export function bookingCalendarFile(event: BookingCalendarEvent, now: Date = new Date()): string {
  const zone = zoneOf(event);
  const when = (name: string, instant: string): string =>
    zone ? `${name};TZID=${zone}:${localStamp(instant, zone)}` : `${name}:${utcStamp(new Date(instant))}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mpp-kit//Booking//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(zone ? timeZoneLines(zone) : []),
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.code}@mpp-kit`)}`,
    `DTSTAMP:${utcStamp(now)}`,
    when('DTSTART', event.slotStart),
    when('DTEND', event.slotEnd),
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${escapeText(event.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * The description of a booking's calendar event, in the visitor's language:
 * the code, the requirements to bring (one per line), and the manage link.
 *
 * @example calendarDescription(t, { code: 'KDR-7QX4M2', requirements: ['KTP-el asli', 'Kartu Keluarga'] })
 */
export function calendarDescription(
  t: SlotPickerStrings,
  details: { readonly code: string; readonly requirements?: readonly string[]; readonly manageUrl?: string },
): string {
  const lines = [t.calendarCode(details.code)];
  const requirements = details.requirements ?? [];
  if (requirements.length > 0) lines.push('', t.calendarRequirements, ...requirements.map((item) => `- ${item}`));
  if (details.manageUrl) lines.push('', t.calendarManage(details.manageUrl));
  return lines.join('\n');
}

/** The file name of a booking's calendar file: `<code>.ics`, without characters file systems refuse. */
export function calendarFileName(code: string): string {
  return `${code.replace(/[^\w.-]+/g, '-')}.ics`;
}

/** How long a calendar file's Blob URL lives after the click: long enough for a slow download to start. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a booking's calendar file: a Blob URL (`text/calendar`) made on the
 * click, a temporary `<a download="<code>.ics">` clicked, and the URL revoked
 * once the download has had time to start. A Blob URL, not a `data:` one, so
 * it works under a strict CSP and on long files.
 *
 * @example html`<button @click=${() => downloadCalendarFile(event)}>${t.addToCalendar}</button>`
 */
export function downloadCalendarFile(
  event: BookingCalendarEvent,
  options: {
    /** The file's DTSTAMP. @default the current time */
    readonly now?: Date;
    /** Milliseconds until the Blob URL is revoked. @default 60000 */
    readonly revokeAfterMs?: number;
  } = {},
): void {
  const blob = new Blob([bookingCalendarFile(event, options.now)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(event.code);
  link.hidden = true;
  // Firefox downloads only from a link in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), options.revokeAfterMs ?? REVOKE_AFTER_MS);
  }
}

/**
 * The "add to calendar" button (`part="calendar-button"`) that saves the
 * booking's `.ics` with {@link downloadCalendarFile}.
 *
 * @example html`${calendarDownload(event, t.addToCalendar)}`
 */
export function calendarDownload(event: BookingCalendarEvent, label: string): TemplateResult {
  return html`<button
    type="button"
    class="calendar-button"
    part="calendar-button"
    @click=${() => downloadCalendarFile(event)}
  >
    ${label}
  </button>`;
}
