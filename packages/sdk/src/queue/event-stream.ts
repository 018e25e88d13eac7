import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { Cancel, Schedule } from './schedule.js';

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
  /** The clock of the dead-stream watchdog. */
  readonly schedule: Schedule;
}

/**
 * Reads a `text/event-stream` body and hands each message to `onMessage`.
 * Any bytes (events or the server's heartbeat comments) prove the stream alive;
 * after `deadAfter` ms of silence it is cancelled as dead, since a proxy can
 * keep a broken connection open forever without an error.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  { signal, deadAfter, onMessage, onActivity, schedule }: ReadOptions,
): Promise<StreamEnd> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: onMessage });
  // Aborted by the watchdog: a signal rather than a flag, as it changes behind the reading loop's back.
  const silence = new AbortController();
  let disarm: Cancel = () => undefined;
  const cancel = (): void => void reader.cancel().catch(() => undefined);
  const arm = (): void => {
    disarm();
    disarm = schedule(() => {
      silence.abort();
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
      if (done) return silence.signal.aborted ? 'dead' : 'ended';
      arm();
      onActivity();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch {
    return signal.aborted ? 'aborted' : silence.signal.aborted ? 'dead' : 'broken';
  } finally {
    disarm();
    signal.removeEventListener('abort', cancel);
  }
}
