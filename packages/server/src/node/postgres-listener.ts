// LISTEN/NOTIFY for PostgresStore: one connection per server process that
// hears every commit that stored queue events (migration 002's trigger), so a
// process can publish the events other processes stored.
import pg from 'pg';

/** The channel migration 002's trigger notifies. */
export const EVENTS_CHANNEL = 'mpp_events';

/** Waits between attempts to listen again after the connection was lost. */
const RECONNECT_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000] as const;

/**
 * Listens on {@link EVENTS_CHANNEL} over a connection of its own (a pooled one
 * would be handed to other work). When the connection is lost, it connects
 * again, with growing pauses, for as long as it runs, and calls `onStored`
 * once it listens again: notifications sent meanwhile are lost, and the
 * listener's owner reads the log for what it missed.
 */
export class EventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly onStored: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Connects and listens. @throws the connection's error when the first attempt fails */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL) this.onStored();
    });
    // A lost connection reports here (and ends); listen again on a new one.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      this.client = null;
      await client.end().catch(() => undefined);
      throw error;
    }
    this.attempts = 0;
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    if (error) this.onError(error);
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)];
    this.attempts += 1;
    this.timer = setTimeout(() => {
      if (this.stopped) return;
      this.connect().then(
        // Whatever was stored while nobody listened is in the log.
        () => this.onStored(),
        () => this.retry(),
      );
    }, delay);
    // Listening again must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  /** Stops listening and closes the connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const { client } = this;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
