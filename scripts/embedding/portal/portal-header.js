// The portal's own header, rendered with the portal's own copy of Lit (from
// node_modules, through the page's import map), as a regency site built with
// Lit does: a second Lit beside the one inside the kit.
import { LitElement, css, html } from 'lit';

class PortalHeader extends LitElement {
  static properties = { regency: {} };

  static styles = css`
    :host {
      display: block;
      padding: 12px 16px;
      background: #7a1f1f;
      color: #fff;
      font: 600 18px/1.4 sans-serif;
    }
  `;

  constructor() {
    super();
    this.regency = '';
  }

  render() {
    return html`<span part="title">Portal Resmi ${this.regency}</span>`;
  }
}

customElements.define('portal-header', PortalHeader);
