// Play-function checks of the states every data element shares (loading,
// failed then retried), so each story asserts the state it is named after.
import { ElementHarness } from '@mpp-kit/elements/testing.js';
import type { LitElement } from 'lit';
import { expect, waitFor } from 'storybook/test';

/** The harness of the story's `tag` element. */
export const harnessOf = (canvasElement: HTMLElement, tag: string): ElementHarness =>
  new ElementHarness(canvasElement.querySelector(tag) as LitElement);

/** The element shows its loading state (held still by a client that never answers). */
export async function expectLoading(canvasElement: HTMLElement, tag: string): Promise<void> {
  const harness = harnessOf(canvasElement, tag);
  await waitFor(() => expect(harness.busy).toBe(true));
}

/** The element's first load failed like a dropped connection: the error panel, and "Coba lagi" loads the data. */
export async function expectErrorThenRetry(canvasElement: HTMLElement, tag: string): Promise<void> {
  const harness = harnessOf(canvasElement, tag);
  await harness.settled();
  await expect(harness.error).toMatch(/Tidak dapat terhubung ke server/);
  await harness.retry();
  await expect(harness.error).toBeNull();
}
