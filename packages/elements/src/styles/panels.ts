import { css } from 'lit';

/*
 * Pieces of element layout that several elements share, written once. Each is
 * interpolated into an element's own `css` at the place its copy stood, so the
 * element keeps its selectors and its cascade order; what differs between
 * elements stays in the element's styles file. Colours and lengths come from
 * the token locals only.
 */

/**
 * Declarations of a bordered card or box holding one column as wide as itself
 * (nothing inside may widen it on a 320 px phone with large text), whose data
 * wraps anywhere. The element adds its own `gap` (and `container-type`).
 */
export const cardBox = css`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  padding: var(--_space-3);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_surface);
  overflow-wrap: anywhere;
`;

/** Declarations of a text input or select: full touch height, token colours, no inherited text styling. */
export const fieldControl = css`
  min-width: 0;
  min-height: 2.75em;
  margin: 0;
  padding: var(--_space-1) var(--_space-2);
  border: 1px solid var(--_muted);
  border-radius: var(--_radius);
  background: var(--_surface);
  color: var(--_text);
  font: inherit;
  letter-spacing: normal;
  text-transform: none;
`;

/** An input marked invalid: a thicker danger border. */
export const invalidInput = css`
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
`;

/** A definition list of facts: each fact a muted tile, term small and muted, value bold. */
export const factTiles = css`
  .facts > div {
    padding: var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-weight: 700;
  }
`;

/** A refusal panel (`.panel.refusal`): a warning border and icon. */
export const refusalPanel = css`
  .refusal {
    border-color: var(--_warning);
  }
  .refusal > .icon {
    color: var(--_warning);
  }
`;

/** A wrapping row of actions. */
export const actionRow = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
`;

/** Declarations of a button in an action row: grows to share the row, wraps its label rather than overflowing. */
export const actionButton = css`
  flex: 1 1 auto;
  max-width: 100%;
  white-space: normal;
`;

/** Declarations of a secondary button: the primary colour on the surface. */
export const secondaryButton = css`
  background: var(--_surface);
  color: var(--_primary);
`;

/** A box asking to confirm a destructive step: a danger border around its question and buttons. */
export const confirmBox = css`
  .confirm {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
`;

/** A destructive button. */
export const dangerButton = css`
  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
`;
