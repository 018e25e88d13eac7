import { ElementHarness, textOf } from '../core/harness.js';
import type { MppSiteInfo } from './site-info.js';

/** A row of the weekly hours as a visitor reads it. */
export interface WeekRow {
  /** The weekday, e.g. `Jumat`. */
  readonly day: string;
  /** The hours and breaks, e.g. `08.00–15.00 Istirahat salat Jumat 11.00–13.00`, or `Tutup`. */
  readonly hours: string;
  /** Whether it is today's row. */
  readonly today: boolean;
}

/**
 * Reads `<mpp-site-info>` the way a visitor does.
 *
 * @example
 * ```ts
 * const card = new SiteInfoHarness(element);
 * await card.settled();
 * card.status; // 'Buka · tutup pukul 15.00'
 * ```
 */
export class SiteInfoHarness extends ElementHarness<MppSiteInfo> {
  /** The MPP's name, or `null` while none is shown. */
  get name(): string | null {
    const name = this.find('[part~="name"]');
    return name ? textOf(name) : null;
  }

  /** The postal address. */
  get address(): string {
    return textOf(this.find('[part~="address"]'));
  }

  /** The "open now" line, e.g. `Istirahat salat Jumat sampai 13.00`. */
  get status(): string {
    return textOf(this.find('[part~="status"]'));
  }

  /** `open`, `break` or `closed`, or `null` while no status is shown. */
  get statusKind(): 'open' | 'break' | 'closed' | null {
    const status = this.find('[part~="status"]');
    return (['open', 'break', 'closed'] as const).find((kind) => status?.classList.contains(kind)) ?? null;
  }

  /** The weekly hours, Monday first. */
  get week(): WeekRow[] {
    return [...this.root.querySelectorAll('[part~="hours-table"] tbody tr')].map((row) => ({
      day: textOf(row.querySelector('.day')),
      hours: textOf(row.querySelector('td')),
      today: row.getAttribute('aria-current') === 'date',
    }));
  }

  /** The facilities' names. */
  get facilities(): string[] {
    return [...this.root.querySelectorAll('[part~="facility"] .item-name')].map((name) => textOf(name));
  }

  /** The upcoming closures, as `date name` lines. */
  get holidays(): string[] {
    return [...this.root.querySelectorAll('[part~="hours"] li')].map((item) => textOf(item));
  }
}
