import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** How reading a stream ended: closed by the server, silent too long, cut off, or stopped by us. */
export type StreamEnd = 'ended' | 'dead' | 'broken' | 'aborted';

/** What {@link readEventStream} needs besides the body. */
export interface ReadOptions {
  /** Cancels the reading. */
  readonly signal: AbortSignal;
  /** Milliseconds of silence after which the stream counts as dead. */
  readonly deadAfter: number;
  /** Called with each complete message. */
  readonly onMessage: (message: EventSourceMessage) => void;
  /** Called whenever bytes arrive (a heartbeat comment included). */
  readonly onActivity: () => void;
}

/**
 * Reads a `text/event-stream` body and hands each message to `onMessage`.
 * Any bytes (events or the server's heartbeat comments) prove the stream alive;
 * after `deadAfter` ms of silence it is cancelled as dead, since a proxy can
 * keep a broken connection open forever without an error.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  { signal, deadAfter, onMessage, onActivity }: ReadOptions,
): Promise<StreamEnd> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: onMessage });
  let dead = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => void reader.cancel().catch(() => undefined);
  const arm = (): void => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      dead = true;
      cancel();
    }, deadAfter);
  };
  // An injected fetch may ignore the request's signal: cancel the body ourselves.
  signal.addEventListener('abort', cancel);
  if (signal.aborted) cancel();
  arm();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) return 'aborted';
      if (done) return dead ? 'dead' : 'ended';
      arm();
      onActivity();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch {
    return signal.aborted ? 'aborted' : dead ? 'dead' : 'broken';
  } finally {
    clearTimeout(watchdog);
    signal.removeEventListener('abort', cancel);
  }
}
