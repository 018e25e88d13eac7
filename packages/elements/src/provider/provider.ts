import { ContextProvider } from '@lit/context';
import type { MppClient } from '@mpp-kit/sdk';
import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { apiBaseSource, clientSourceContext, fixedSource, type ClientSource } from '../core/client.js';
import { providerStyles } from './provider.styles.js';

/**
 * Gives every mpp-kit element inside it one API, so a page with a catalog, a
 * site card and a queue widget configures the API once. Elements with their
 * own `api-base` or `client` keep theirs; an inner provider wins over an outer
 * one. It renders nothing of its own (`display: contents`), so it does not
 * change the page's layout; `lang`, `--mpp-*` tokens and other inherited
 * styles set on it reach the elements inside.
 *
 * @summary Shares one API configuration with the mpp-kit elements inside it.
 * @tagname mpp-provider
 * @slot - The page content holding mpp-kit elements.
 * @example
 * ```html
 * <mpp-provider api-base="https://mpp.kedirikota.go.id/api" lang="id">
 *   <mpp-site-info></mpp-site-info>
 *   <mpp-service-catalog></mpp-service-catalog>
 * </mpp-provider>
 * ```
 */
export class MppProvider extends LitElement {
  /** The shadow root's styles: the host generates no box, so the page's layout is unchanged. */
  static override styles = providerStyles;

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
  };

  /** The API root, the part before `/v1`; relative URLs resolve against the page. */
  declare apiBase: string | undefined;

  /** An SDK client to share instead of `api-base` (it wins when both are set). */
  declare client: MppClient | undefined;

  private readonly provider = new ContextProvider(this, { context: clientSourceContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('client')) this.provider.setValue(this.source());
  }

  private source(): ClientSource | undefined {
    if (this.client) return fixedSource(this.client);
    return this.apiBase ? apiBaseSource(this.apiBase, this.ownerDocument.baseURI) : undefined;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-provider': MppProvider;
  }
}
