import type { CommonStrings } from './id.js';
import type { SiteInfoStrings } from '../site-info/i18n/id.js';
import { LazyTable, type StringOverrides, type Translations } from './translations.js';
import { en as loadedEn } from './en.js';
import { enEssential } from './en-essential.js';
import { siteInfoEn } from '../site-info/i18n/en.js';

// The English table is whole once its part loaded on demand joins the strings every bundle carries.
const en: CommonStrings = { ...enEssential, ...loadedEn };
// @ts-expect-error `loading` is missing: the strings every bundle carries are not a whole table
export const half: CommonStrings = enEssential;

// A translation that lacks a key does not compile.
// @ts-expect-error `retry` is missing
export const incomplete: CommonStrings = { ...en, retry: undefined };
declare const withoutHeading: Omit<SiteInfoStrings, 'hoursHeading'>;
// @ts-expect-error `hoursHeading` is missing
export const missing: SiteInfoStrings = withoutHeading;

// Parameters are typed: a function string takes its arguments.
export const wrongParameter: SiteInfoStrings = {
  ...siteInfoEn,
  // @ts-expect-error closesAt takes the time as a string
  closesAt: (time: number) => `closes at ${time}`,
};

// Every language has a table.
// @ts-expect-error English is missing
export const oneLanguage: Translations<CommonStrings> = { id: en };

// A table loaded on demand is typed the same: its import must give the whole table.
export const lazy: Translations<SiteInfoStrings> = {
  id: { ...siteInfoEn },
  en: new LazyTable(() => import('../site-info/i18n/en.js').then((module) => module.siteInfoEn)),
};
export const lazyMissing: Translations<SiteInfoStrings> = {
  id: { ...siteInfoEn },
  // @ts-expect-error `hoursHeading` is missing from what the import gives
  en: new LazyTable(() => Promise.resolve(withoutHeading)),
};

// Bahasa Indonesia, the language every element falls back to, is always in the bundle.
// @ts-expect-error the Indonesian table cannot be loaded on demand
export const lazyIndonesian: Translations<CommonStrings> = { id: new LazyTable(() => Promise.resolve(en)), en };

// Hosts override some strings of some languages, with the right types.
export const overrides: StringOverrides<SiteInfoStrings> = { id: { hoursHeading: 'Jadwal' } };
// @ts-expect-error only known keys
export const unknownKey: StringOverrides<SiteInfoStrings> = { en: { heading: 'Hours' } };
