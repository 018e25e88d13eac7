// Test support (not shipped): an MPP whose every text a citizen or staff
// member reads is hostile, as a careless or compromised regency's data could
// be. Markup that would run sets `window.__pwned` to its own name, so a test
// can tell which one ran; the rest (direction overrides, zero-width and
// control characters, combining marks, a 10,000-letter word, emoji) tries to
// break the layout or the reading order instead. The server's fuzz test has
// its own list: it aims at parsing and storage, this one at rendering.
import { SeedSchema, type Seed, type SeedInput } from '@mpp-kit/contract';

/** Each hostile string by what it tries. */
export const HOSTILE = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `"><svg onload="window.__pwned='svg'">`,
  iframe: `'><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  link: `<a href="javascript:window.__pwned='link'">klik</a>`,
  style: '<style>*{display:none!important}</style>',
  entity: '&lt;b&gt; &amp; &#x3C;',
  template: `{{constructor.constructor('window.__pwned="template"')()}}`,
  literal: "${window.__pwned='literal'}`",
  javascriptUrl: "javascript:window.__pwned='url'",
  /** A right-to-left override never closed: unless the name is isolated, the words and numbers after it read backwards. */
  rtl: '\u202eLoket 3',
  zeroWidth: 'Lo\u200bket\u200c\u200d\u2060\ufeff',
  zalgo:
    'K\u0338\u0322\u031b\u0316\u0348\u0333e\u0335\u0327\u031b\u034dd\u0336\u0321\u033ai\u0334\u0321\u0348r\u0337\u0330i\u0338\u031b\u033a',
  /** One word of 10,000 letters: no space, no hyphen, nowhere to break. */
  longWord: 'Pelayanan'.repeat(1112).slice(0, 10_000),
  emoji: '👨‍👩‍👧‍👦🏛️🇮🇩🧕🏽',
  /** Bell, backspace, an ANSI colour escape, delete and C1 controls (NUL is refused by JSON stores). */
  control: '\u0007\u0008\u001b[31m\u007f\u0085\u009b',
} as const;

/**
 * The most hostile link the contract accepts: absolute `https:`, with markup
 * after the host. A `javascript:` URL is refused by the seed's schema (see
 * `HttpUrlSchema`), so none can reach an `href`.
 */
export const HOSTILE_URL = `https://x.invalid/"><svg/onload=window.__pwned='url'>`;

const { img, script, svg, iframe, link, style, entity, template, literal, javascriptUrl } = HOSTILE;
const { rtl, zeroWidth, zalgo, longWord, emoji, control } = HOSTILE;

/** The texts of the hostile MPP before each gets its override (see {@link HOSTILE_TEXTS}). */
const FIELDS = {
  siteName: `MPP ${img} ${rtl} ${longWord}`,
  regency: `${svg} ${zalgo}`,
  street: `${longWord} ${script}`,
  city: template,
  province: literal,
  phone: `${javascriptUrl} ${control}`,
  breakLabel: `${style} ${zeroWidth}`,
  facility: `${iframe} ${emoji}`,
  facilityNote: longWord,
  otherFacility: `${entity} ${zalgo}`,
  holiday: `${link} ${emoji}`,
  agency: longWord,
  agencyShort: `${img} ${rtl}`,
  agencyNote: `${script} ${zalgo}`,
  agencyFloor: svg,
  otherAgency: `${template} ${emoji}`,
  otherAgencyShort: `${literal} ${longWord}`,
  otherAgencyFloor: control,
  service: `KTP ${img} ${rtl} ${zalgo}`,
  serviceNote: `${script} ${longWord}`,
  category: svg,
  cost: template,
  completion: literal,
  requirement: `${iframe} ${emoji}`,
  requirementNote: longWord,
  otherRequirement: entity,
  otherRequirementNote: `${control} ${zeroWidth}`,
  legalBasis: link,
  otherService: longWord,
  otherServiceRequirement: style,
  onlineLabel: `${svg} ${emoji}`,
  counter: `Loket ${svg} ${rtl}`,
  otherCounter: longWord,
  /** A citizen's suggestion in the survey (at most 1,000 characters). */
  suggestion: `${img} ${'Antrean'.repeat(120)}`,
  /** An applicant's name (at most 100 characters). */
  applicant: `<img src=x onerror=window.__pwned=1>${rtl}`,
};

/**
 * The texts of the hostile MPP, by where they appear; each holds a
 * right-to-left override that it never closes, so whatever an element puts
 * after a name in the same line reads backwards unless the name is isolated.
 */
export const HOSTILE_TEXTS = Object.fromEntries(
  Object.entries(FIELDS).map(([field, value]) => [field, value.includes(rtl) ? value : `${value} ${rtl}`]),
) as Readonly<Record<keyof typeof FIELDS, string>>;

const T = HOSTILE_TEXTS;
const text = (id: string) => ({ id, en: id });
const weekday = (day: number) => ({
  weekday: day,
  open: '08:00',
  close: '15:00',
  breaks: [{ start: '12:00', end: '13:00', label: text(T.breakLabel) }],
});

const closed = (day: number) => ({ weekday: day, open: null, close: null, breaks: [] });

/** The hostile MPP: two agencies, a bookable service and an online one, two counters, a year of history. */
export const HOSTILE_SEED_INPUT = {
  version: 1,
  site: {
    id: 'mpp-hostile',
    name: T.siteName,
    regency: T.regency,
    timeZone: 'Asia/Jakarta',
    address: { street: T.street, city: T.city, province: T.province, postalCode: '64121' },
    contact: { phone: T.phone, website: HOSTILE_URL },
    openingHours: [...[1, 2, 3, 4, 5].map(weekday), closed(6), closed(7)],
    facilities: [
      { id: 'ruang-tunggu', kind: 'waiting-room', name: text(T.facility), description: text(T.facilityNote) },
      { id: 'lainnya', kind: 'other', name: text(T.otherFacility) },
    ],
    holidays: [{ date: '2026-03-05', name: text(T.holiday), kind: 'national' }],
  },
  agencies: [
    {
      id: 'dukcapil',
      name: T.agency,
      shortName: T.agencyShort,
      description: text(T.agencyNote),
      floor: T.agencyFloor,
      logoUrl: HOSTILE_URL,
    },
    { id: 'imigrasi', name: T.otherAgency, shortName: T.otherAgencyShort, floor: T.otherAgencyFloor },
  ],
  services: [
    {
      id: 'ktp-el',
      agencyId: 'dukcapil',
      name: text(T.service),
      description: text(T.serviceNote),
      category: T.category,
      keywords: [script, longWord],
      cost: { kind: 'variable', note: text(T.cost) },
      completion: { kind: 'variable', note: text(T.completion) },
      channels: [{ kind: 'queue' }, { kind: 'booking', slotMinutes: 30 }],
      requirements: [
        { name: text(T.requirement), form: 'original', quantity: 1, optional: false, note: text(T.requirementNote) },
        {
          name: text(T.otherRequirement),
          form: 'copy',
          quantity: 2,
          optional: true,
          note: text(T.otherRequirementNote),
        },
      ],
      legalBasis: [T.legalBasis, longWord],
      queuePrefix: 'A',
      counterIds: ['loket-1'],
      dailyQuota: null,
      averageServiceMinutes: 10,
      booking: { slotMinutes: 30, onlineCapacity: 3, walkInCapacity: 3, horizonDays: 14, cancelUntilMinutesBefore: 60 },
    },
    {
      id: 'paspor',
      agencyId: 'imigrasi',
      name: text(T.otherService),
      category: 'keimigrasian',
      keywords: [],
      cost: { kind: 'fixed', amount: 350_000 },
      completion: { kind: 'working-days', value: 3 },
      channels: [{ kind: 'queue' }, { kind: 'online', url: HOSTILE_URL, label: text(T.onlineLabel) }],
      requirements: [{ name: text(T.otherServiceRequirement), form: 'original', quantity: 1, optional: false }],
      legalBasis: [],
      queuePrefix: 'B',
      counterIds: ['loket-2'],
      dailyQuota: null,
      averageServiceMinutes: 15,
      booking: null,
    },
  ],
  counters: [
    { id: 'loket-1', name: T.counter, agencyId: 'dukcapil', serviceIds: ['ktp-el'] },
    { id: 'loket-2', name: T.otherCounter, agencyId: 'imigrasi', serviceIds: ['paspor'] },
  ],
  history: [
    {
      agencyId: 'dukcapil',
      firstMonth: '2025-01',
      monthlyVisitors: [120, 140, 160, 150, 170, 180, 175, 190, 200, 210, 205, 220],
    },
    {
      agencyId: 'imigrasi',
      firstMonth: '2025-01',
      monthlyVisitors: [60, 70, 65, 80, 75, 90, 85, 95, 100, 90, 110, 105],
    },
  ],
} satisfies SeedInput;

/** The hostile MPP, validated by the contract's seed schema as a server would load it. */
export function hostileSeed(): Seed {
  return SeedSchema.parse(structuredClone(HOSTILE_SEED_INPUT));
}
