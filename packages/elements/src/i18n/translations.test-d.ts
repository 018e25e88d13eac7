import type { CommonStrings } from './id.js';
import type { SiteInfoStrings } from '../site-info/i18n/id.js';
import type { StringOverrides, Translations } from './translations.js';
import { en } from './en.js';
import { siteInfoEn } from '../site-info/i18n/en.js';

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

// Hosts override some strings of some languages, with the right types.
export const overrides: StringOverrides<SiteInfoStrings> = { id: { hoursHeading: 'Jadwal' } };
// @ts-expect-error only known keys
export const unknownKey: StringOverrides<SiteInfoStrings> = { en: { heading: 'Hours' } };
