import { css } from 'lit';

/** The provider's host generates no box, so wrapping content in it leaves the page's layout unchanged. */
export const providerStyles = css`
  :host {
    display: contents;
  }
`;
