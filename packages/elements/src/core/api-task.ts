import { initialState, Task, TaskStatus } from '@lit/task';
import type { ClientCore, MppConfigError } from '@mpp-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorDetailOf, mppEvent } from './events.js';

/**
 * The client core an element would use now: a core, the configuration error
 * that prevents one, or `null` when nothing configures the element yet.
 */
export type ClientChoice = ClientCore | MppConfigError | null;

/**
 * Where an {@link ApiTask} stands:
 * - `unconfigured`: no `api-base`, `client` or provider yet;
 * - `loading`: the first load (or a load for new arguments) is running, nothing to show;
 * - `ready`: data is there (possibly being refreshed in the background);
 * - `stale`: a refresh failed, the previous data is still shown;
 * - `error`: loading failed and there is nothing to show.
 */
export type LoadState = 'unconfigured' | 'loading' | 'ready' | 'stale' | 'error';

/** What an {@link ApiTask} loads. */
export interface ApiTaskOptions<T, A extends readonly unknown[]> {
  /**
   * Loads the data over the element's client core, with the SDK resources the
   * element needs (e.g. `siteResource(core)`). Pass `signal` on to the SDK, so
   * a load that is superseded (new arguments, new language) is cancelled.
   */
  load(core: ClientCore, args: A, signal: AbortSignal): Promise<T>;
  /**
   * The element's own inputs of the load (a service id, a filter): a change
   * reloads, and data loaded for other inputs is no longer shown meanwhile.
   * @default () => []
   */
  args?: () => A;
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * Data loading for an element, on `@lit/task`: reruns when the client (so the
 * language) or the element's own arguments change, cancels superseded loads,
 * keeps the last good data across a refresh (a language switch does not blank
 * the element, a failed refresh shows the old data as stale), fires
 * `mpp-error` on failure, retries by itself when the browser comes back online,
 * and cancels a load in flight when the element leaves the page (loading again
 * if it comes back).
 * Elements create it with `MppElement.createApiTask` and render it with
 * `MppElement.renderTask`.
 */
export class ApiTask<T, A extends readonly unknown[] = readonly []> implements ReactiveController {
  private readonly task: Task<readonly unknown[], T>;
  private kept: { readonly value: T; readonly at: Date; readonly args: readonly unknown[] } | undefined;
  private running: readonly unknown[] = [];
  private unconfigured = false;
  /** A load was cancelled because the element left the page; it runs again when the element comes back. */
  private interrupted = false;

  constructor(host: ReactiveControllerHost & EventTarget, client: () => ClientChoice, options: ApiTaskOptions<T, A>) {
    host.addController(this);
    this.task = new Task<readonly unknown[], T>(host, {
      args: () => [client(), ...(options.args?.() ?? [])],
      task: ([choice, ...args], { signal }) => {
        // Data for other inputs (another service) must not stand in while the new one loads.
        if (this.kept && !sameArgs(this.kept.args, args)) this.kept = undefined;
        this.running = args;
        this.unconfigured = choice === null;
        if (choice === null) {
          this.kept = undefined;
          return Promise.resolve(initialState);
        }
        if (choice instanceof Error) return Promise.reject(choice);
        return options.load(choice as ClientCore, args as unknown as A, signal);
      },
      onComplete: (value) => {
        this.kept = { value, at: new Date(), args: this.running };
      },
      onError: (error) => {
        // A load the element cancelled by leaving the page did not fail.
        if (this.interrupted) return;
        host.dispatchEvent(mppEvent('mpp-error', errorDetailOf(error)));
      },
    });
  }

  /** Where the load stands; see {@link LoadState}. */
  get state(): LoadState {
    switch (this.task.status) {
      case TaskStatus.ERROR:
        if (this.interrupted) return this.kept ? 'ready' : 'loading';
        return this.kept ? 'stale' : 'error';
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.INITIAL:
        return this.unconfigured ? 'unconfigured' : 'loading';
      default:
        return this.kept ? 'ready' : 'loading';
    }
  }

  /** Whether a load is running (the first one, or a refresh behind data already shown). */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The data to show: the latest loaded for the current inputs, or `undefined`. */
  get value(): T | undefined {
    return this.kept?.value;
  }

  /** When {@link value} was loaded, or `undefined`. */
  get loadedAt(): Date | undefined {
    return this.kept?.at;
  }

  /** The last failure, while the state is `error` or `stale`. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR && !this.interrupted ? this.task.error : undefined;
  }

  /** Loads again (the retry button). */
  retry = (): void => {
    void this.task.run();
  };

  hostConnected(): void {
    globalThis.addEventListener('online', this.onOnline);
    if (!this.interrupted) return;
    this.interrupted = false;
    this.retry();
  }

  /**
   * Cancels a load in flight: an element taken off the page (a framework
   * unmounting it, a router leaving the view) must not keep requests running
   * for nobody. Put back, the same element loads again.
   */
  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.onOnline);
    if (!this.pending) return;
    this.interrupted = true;
    this.task.abort(new DOMException('The element left the page.', 'AbortError'));
  }

  private readonly onOnline = (): void => {
    if (this.task.status === TaskStatus.ERROR) this.retry();
  };
}
