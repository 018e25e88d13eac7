import type { QueueCall, QueueEvent } from '@mpp-kit/contract';
import type { ClientCore, SubscribeOptions } from '@mpp-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientChoice } from './api-task.js';
import { apiIdentityOf } from './client.js';
import { joinQueueFeed, type QueueFeed } from './queue-feed.js';

/** What a {@link LiveQueue} follows and whom it tells. */
export interface LiveQueueOptions {
  /** The element's client core now (`MppElement.clientChoice`). */
  client(): ClientChoice;
  /** Tuning of the subscription, used when this element is the first on the page to open it. */
  subscribeOptions?(): SubscribeOptions | undefined;
  /** New calls, oldest first (not the calls made before the element joined). */
  onCalls?(calls: readonly QueueCall[]): void;
  /** Every live event, in order. */
  onEvent?(event: QueueEvent): void;
}

/**
 * An element's share of the page's live queue: joins the feed of its client's
 * API while connected (one stream per API, however many elements follow it),
 * moves to another feed when the client changes, leaves when the element
 * leaves the page, and re-renders the element on every change.
 */
export class LiveQueue implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: LiveQueueOptions;
  private joined: { api: ClientCore | string; leave: () => void } | undefined;
  private current: QueueFeed | null = null;
  private choice: ClientChoice = null;

  constructor(host: ReactiveControllerHost, options: LiveQueueOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The page's feed this element follows, or `null` while it has no API. */
  get feed(): QueueFeed | null {
    return this.current;
  }

  /** The client choice the feed follows: `null` when unconfigured, an error when misconfigured. */
  get client(): ClientChoice {
    return this.choice;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.leave();
  }

  private sync(): void {
    this.choice = this.options.client();
    const core = this.choice !== null && !(this.choice instanceof Error) ? this.choice : undefined;
    const api = core && apiIdentityOf(core);
    // Another language of the same API keeps the same feed (and its stream).
    if (api === this.joined?.api) return;
    const previous = this.joined;
    this.joined = undefined;
    if (!core || !api) {
      previous?.leave();
      this.current = null;
      return;
    }
    let joining = true;
    const leave = joinQueueFeed(
      core,
      {
        update: (feed, calls) => {
          this.current = feed;
          if (calls.length > 0) this.options.onCalls?.(calls);
          // The first answer arrives inside the host's update: it renders with it already.
          if (!joining) this.host.requestUpdate();
        },
        event: (event) => this.options.onEvent?.(event),
      },
      this.options.subscribeOptions?.(),
    );
    joining = false;
    this.joined = { api, leave };
    // Joined first, left second: a feed both use stays open.
    previous?.leave();
  }

  private leave(): void {
    this.joined?.leave();
    this.joined = undefined;
    this.current = null;
  }
}
