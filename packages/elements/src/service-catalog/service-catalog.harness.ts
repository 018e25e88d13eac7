import { ElementHarness, textOf } from '../core/harness.js';
import type { MppServiceCatalog } from './service-catalog.js';

/** A requirement as a visitor reads it. */
export interface RequirementRow {
  /** The document, e.g. `Kartu Keluarga (KK)`. */
  readonly name: string;
  /** Form and quantity, e.g. `Asli · 1 lembar`. */
  readonly form: string;
  /** Whether it is marked optional. */
  readonly optional: boolean;
}

/**
 * Drives `<mpp-service-catalog>` the way a visitor does: types a search,
 * picks filters, opens a service and presses its buttons.
 *
 * @example
 * ```ts
 * const catalog = new ServiceCatalogHarness(element);
 * await catalog.settled();
 * await catalog.search('paspor');
 * await catalog.open('Paspor elektronik 48 halaman');
 * catalog.detailTitle; // 'Paspor elektronik 48 halaman'
 * ```
 */
export class ServiceCatalogHarness extends ElementHarness<MppServiceCatalog> {
  /** The names of the rendered results, in order. */
  get results(): string[] {
    return this.options().map((option) => textOf(option.querySelector('.option-name')));
  }

  /** The ids of the rendered results, in order. */
  get resultIds(): string[] {
    return this.options().map((option) => option.dataset['id'] ?? '');
  }

  /** The agency groups of the rendered results, as their short names. */
  get groups(): string[] {
    return [...this.root.querySelectorAll('[part~="group-header"] .group-name')].map((name) => textOf(name));
  }

  /** The highlighted matches in the rendered results' names. */
  get highlights(): string[] {
    return [...this.root.querySelectorAll('[part~="match"]')].map((mark) => mark.textContent);
  }

  /** The results count as announced, e.g. `12 layanan`. */
  get count(): string {
    return textOf(this.find('[part~="result-count"]'));
  }

  /** The empty-state sentence, or `null`. */
  get empty(): string | null {
    const empty = this.find('[part~="empty"]');
    return empty ? textOf(empty) : null;
  }

  /** Types `text` into the search field (replacing what is there) and waits for the results. */
  async search(text: string): Promise<void> {
    const input = this.control('[part~="search-input"]', HTMLInputElement);
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settled();
  }

  /** Picks an agency by id (`''` for all). */
  async filterAgency(agencyId: string): Promise<void> {
    await this.choose('[part~="agency-filter"]', agencyId);
  }

  /** Picks a category by slug (`''` for all). */
  async filterCategory(category: string): Promise<void> {
    await this.choose('[part~="category-filter"]', category);
  }

  /** Renders the next page of results with the "show more" button. */
  async showMore(): Promise<void> {
    this.control('[part~="show-more"]', HTMLButtonElement).click();
    await this.settled();
  }

  /** Opens a service by its displayed name or its id, and waits for its detail. */
  async open(nameOrId: string): Promise<void> {
    const option = this.options().find(
      (candidate) =>
        candidate.dataset['id'] === nameOrId || textOf(candidate.querySelector('.option-name')) === nameOrId,
    );
    if (!option) throw new Error(`no result "${nameOrId}" is shown`);
    option.click();
    await this.settled();
  }

  /** The open service's name, or `null` when no detail is open. */
  get detailTitle(): string | null {
    const title = this.find('#detail-title');
    return title ? textOf(title) : null;
  }

  /** The open service's facts by label, e.g. `{ Biaya: 'Gratis', ... }`. */
  get facts(): Record<string, string> {
    const entries = [...this.root.querySelectorAll('[part~="detail"] .facts > div')].map((row): [string, string] => [
      textOf(row.querySelector('dt')),
      textOf(row.querySelector('dd')),
    ]);
    return Object.fromEntries(entries);
  }

  /** The open service's requirements. */
  get requirements(): RequirementRow[] {
    return [...this.root.querySelectorAll('[part~="requirements"] li')].map((item) => ({
      name: textOf(item.querySelector('.requirement-name')),
      form: textOf(item.querySelector('.requirement-form')),
      optional: item.querySelector('.badge') !== null,
    }));
  }

  /** The open service's legal basis. */
  get legalBasis(): string[] {
    return [...this.root.querySelectorAll('[part~="detail"] .legal li')].map((item) => textOf(item));
  }

  /** The online link's address, or `null`. */
  get onlineLink(): string | null {
    return this.find('[part~="online-link"]')?.getAttribute('href') ?? null;
  }

  /** Presses "Ambil antrean" (`queue`) or "Booking" (`booking`) in the open detail. */
  press(action: 'queue' | 'booking'): void {
    this.control(`[part~="${action === 'queue' ? 'queue-button' : 'booking-button'}"]`, HTMLButtonElement).click();
  }

  /** Closes the open detail with its close button. */
  async close(): Promise<void> {
    this.control('[part~="close-button"]', HTMLButtonElement).click();
    await this.settled();
  }

  private options(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private control<T extends HTMLElement>(selector: string, type: new () => T): T {
    const found = this.find(selector);
    if (!found) throw new Error(`no ${selector} is shown`);
    if (!(found instanceof type)) throw new Error(`${selector} is not a ${type.name}`);
    return found;
  }

  private async choose(selector: string, value: string): Promise<void> {
    const select = this.control(selector, HTMLSelectElement);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.settled();
  }
}
