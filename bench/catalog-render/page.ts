// The page `catalog-render.bench.ts` drives in headless Chromium: it mounts
// <mpp-service-catalog> or a plain Lit `repeat` list (the baseline) over the
// same synthetic catalog, and types into either. Bundled from source by esbuild.
import type { Agency, ServiceSummary } from '@mpp-kit/contract';
import type { MppClient } from '@mpp-kit/sdk';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MppServiceCatalog } from '../../packages/elements/src/service-catalog/service-catalog.js';
import { defineElement } from '../../packages/elements/src/define-element.js';
import { fold } from '../../packages/elements/src/service-catalog/search.js';
import { buildServices, summaryOf } from '../fixtures/catalog.js';

/** What the bench can ask the page. */
export interface CatalogBenchPage {
  /** Builds the synthetic catalog (not measured). */
  prepare(count: number): void;
  /** Mounts an implementation; resolves after the first frame with rows is painted. Returns the in-page wall time. */
  mount(implementation: Implementation): Promise<number>;
  /** Sets the search field to `value` as a keystroke would; resolves after the next painted frame. */
  type(value: string): Promise<number>;
  /** How many rows are in the DOM now. */
  rows(): number;
}

export type Implementation = 'element' | 'baseline';

/** The baseline: every matching row rendered with a keyed `repeat`, as a first version of a catalog would be. */
class BaselineList extends LitElement {
  static override styles = css`
    li {
      padding: 0.5em;
      border-bottom: 1px solid #ccc;
    }
  `;
  static override properties: PropertyDeclarations = { query: {}, items: { attribute: false } };
  query = '';
  items: readonly { service: ServiceSummary; haystack: string }[] = [];

  protected override render(): unknown {
    const q = fold(this.query.trim());
    const shown = q ? this.items.filter((item) => item.haystack.includes(q)) : this.items;
    return html`<input
        type="search"
        aria-label="Cari"
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <p role="status">${shown.length} layanan</p>
      <ul>
        ${repeat(
          shown,
          (item) => item.service.id,
          (item) => html`<li><strong>${item.service.name.id}</strong> <span>${item.service.category}</span></li>`,
        )}
      </ul>`;
  }
}
customElements.define('baseline-list', BaselineList);
declare global {
  interface HTMLElementTagNameMap {
    'baseline-list': BaselineList;
  }
}
// Defined here rather than through service-catalog/define.js: a bundler honours the
// package's `sideEffects` list, and the page must not depend on it.
defineElement('mpp-service-catalog', MppServiceCatalog);

let services: ServiceSummary[] = [];
let agencies: Agency[] = [];
let current: LitElement | undefined;

const page = (): Promise<number> =>
  // A frame with the rows: rAF runs before style and layout, the message after the paint of that frame.
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

function fakeClient(): MppClient {
  const pages = (cursor: string | undefined, limit: number) => {
    const start = Number(cursor ?? 0);
    const items = services.slice(start, start + limit);
    return { items, nextCursor: start + limit < services.length ? String(start + limit) : null };
  };
  const agencyPage = () => Promise.resolve({ items: agencies, nextCursor: null });
  const servicePage = (query: { cursor?: string | number; limit?: string | number } = {}) =>
    Promise.resolve(pages(query.cursor === undefined ? undefined : String(query.cursor), Number(query.limit ?? 20)));
  // The element reads through the client's core (the SDK's resource factories call
  // its internal `send(route, call)`), the baseline through `services.list`: both
  // answer from memory, with no HTTP, JSON or validation, so each figure is rendering alone.
  return {
    services: { list: servicePage },
    core: {
      options: {},
      send: (route: { path: string }, call: { query?: { cursor?: string; limit?: number } } = {}) => {
        if (route.path === '/v1/agencies') return agencyPage();
        if (route.path === '/v1/services') return servicePage(call.query);
        return Promise.reject(new Error(`the bench serves no ${route.path}`));
      },
    },
  } as unknown as MppClient;
}

function rowsOf(element: HTMLElement | undefined): number {
  return element?.shadowRoot?.querySelectorAll('[role="option"], li').length ?? 0;
}

async function untilRows(element: LitElement): Promise<void> {
  while (rowsOf(element) === 0) await element.updateComplete.then(() => undefined);
}

const bench: CatalogBenchPage = {
  prepare(count) {
    services = buildServices(count).map(summaryOf);
    const ids = [...new Set(services.map((service) => service.agencyId))];
    agencies = ids.map((id) => ({
      id,
      name: `Instansi ${id}`,
      shortName: id.toUpperCase(),
      serviceCount: services.filter((service) => service.agencyId === id).length,
    }));
  },
  async mount(implementation) {
    current?.remove();
    const start = performance.now();
    if (implementation === 'element') {
      const element = document.createElement('mpp-service-catalog');
      element.client = fakeClient();
      current = element;
    } else {
      const element = document.createElement('baseline-list');
      // The same fetching work as the element: every page of 100.
      const client = fakeClient();
      const all: ServiceSummary[] = [];
      for (let cursor: string | null | undefined = undefined; cursor !== null;) {
        const result: { items: ServiceSummary[]; nextCursor: string | null } = await client.services.list({
          limit: 100,
          ...(cursor ? { cursor } : {}),
        });
        all.push(...result.items);
        cursor = result.nextCursor;
      }
      element.items = all.map((service) => ({
        service,
        haystack: fold([service.name.id, service.name.en ?? '', ...service.keywords].join('\n')),
      }));
      current = element;
    }
    document.body.append(current);
    await untilRows(current);
    return (await page()) - start;
  },
  async type(value) {
    const input = current?.shadowRoot?.querySelector('input');
    if (!input || !current) throw new Error('nothing mounted');
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await current.updateComplete;
    return (await page()) - start;
  },
  rows: () => rowsOf(current),
};

(globalThis as { catalogBench?: CatalogBenchPage }).catalogBench = bench;
