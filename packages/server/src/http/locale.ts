import type { Locale } from '@mpp-kit/contract';

/**
 * The language to answer in, from an `Accept-Language` header: the supported
 * language (`id`, `en`) with the highest weight, Indonesian when none is asked
 * for or none is supported. `en-US` counts as `en`, `in` (the old code) as `id`.
 *
 * @example preferredLocale('en-GB,en;q=0.9,id;q=0.8') // 'en'
 */
export function preferredLocale(header: string | null | undefined): Locale {
  let best: { locale: Locale; weight: number } | null = null;
  for (const entry of (header ?? '').split(',')) {
    const [tag = '', ...params] = entry.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    const locale: Locale | null = language === 'en' ? 'en' : language === 'id' || language === 'in' ? 'id' : null;
    if (!locale) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    if (!(weight > 0)) continue;
    if (!best || weight > best.weight) best = { locale, weight };
  }
  return best?.locale ?? 'id';
}

/**
 * Picks one language of a bilingual message written `Indonesian / English` (the
 * contract's validation messages); other messages are returned unchanged.
 *
 * @example pickLanguage('NIK harus 16 digit / NIK must be 16 digits', 'en') // 'NIK must be 16 digits'
 */
export function pickLanguage(message: string, locale: Locale): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return (locale === 'en' ? parts[1] : parts[0]) ?? message;
}
