import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host at the start of every minute while connected, for
 * elements that show time-dependent state ("open until 15.00"). One timer per
 * host, aligned to the minute, stopped when the host leaves the page.
 */
export class MinuteClock implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current = new Date();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The time of the last tick (or of connection). */
  get now(): Date {
    return this.current;
  }

  hostConnected(): void {
    this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.current = new Date();
    this.host.requestUpdate();
    // A little past the minute, so the new minute has certainly begun.
    this.timer = setTimeout(() => this.tick(), 60_000 - (this.current.getTime() % 60_000) + 50);
  }
}
