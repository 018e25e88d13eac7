// Play-function checks of the states every data element shares (loading,
// failed then retried), so each story asserts the state it is named after.
import { ElementHarness } from '@mpp-kit/elements/testing.js';
import type { LitElement } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { StoryConnection } from './queue-server.js';

/** The harness of the story's `tag` element. */
export const harnessOf = (canvasElement: HTMLElement, tag: string): ElementHarness =>
  new ElementHarness(canvasElement.querySelector(tag) as LitElement);

/** The element shows its loading state (held still by a client that never answers). */
export async function expectLoading(canvasElement: HTMLElement, tag: string): Promise<void> {
  const harness = harnessOf(canvasElement, tag);
  await waitFor(() => expect(harness.busy).toBe(true));
}

/**
 * The element's load failed like a dropped connection: the error panel; then
 * `reconnect()` (when the story's network comes back) and "Coba lagi" loads the data.
 */
export async function expectErrorThenRetry(
  canvasElement: HTMLElement,
  tag: string,
  reconnect: () => void = () => undefined,
): Promise<void> {
  const harness = harnessOf(canvasElement, tag);
  await harness.settled();
  await expect(harness.error).toMatch(/Tidak dapat terhubung ke server/);
  reconnect();
  await harness.retry();
  await expect(harness.error).toBeNull();
}

/** Brings the story's connection (from its loader) back online. */
export const reconnectOf = (loaded: unknown) => (): void => {
  (loaded as { connection: StoryConnection }).connection.online = true;
};
