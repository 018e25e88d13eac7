// Reads a queue stream in tests: splits Server-Sent Events frames, checks each
// event against the contract and for leaked NIKs.
import { QueueEventSchema, type QueueEvent } from '@mpp-kit/contract';
import { assert, until } from './assert.js';
import { assertNoNik } from './harness.js';

/** One frame: an event (`id`, `data`) or a comment (a heartbeat). */
export interface Frame {
  readonly id?: string;
  readonly data?: string;
  readonly comment?: string;
}

function parseFrame(block: string): Frame {
  let id: string | undefined;
  const data: string[] = [];
  const comments: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) comments.push(line.slice(1).trim());
    else if (line.startsWith('id:')) id = line.slice(3).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return {
    ...(id === undefined ? {} : { id }),
    ...(data.length ? { data: data.join('\n') } : {}),
    ...(comments.length ? { comment: comments.join('\n') } : {}),
  };
}

/** Collects a stream's frames and events as they arrive. */
export class StreamReader {
  readonly frames: Frame[] = [];
  readonly events: QueueEvent[] = [];
  ended = false;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(readonly response: Response) {
    assert(response.body, 'the stream has no body');
    this.reader = response.body.getReader();
    void this.pump();
  }

  private async pump(): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await this.reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const frame = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          this.frames.push(frame);
          if (frame.data !== undefined) {
            assertNoNik(frame.data);
            const event = QueueEventSchema.parse(JSON.parse(frame.data));
            assert(event.id === frame.id, `event id ${event.id} differs from the frame id ${String(frame.id)}`);
            this.events.push(event);
          }
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // cancelled by close()
    } finally {
      this.ended = true;
    }
  }

  /** Waits until at least `count` events have arrived. */
  async waitForEvents(count: number): Promise<QueueEvent[]> {
    await until(() => this.events.length >= count || this.ended);
    assert(this.events.length >= count, `the stream ended after ${this.events.length} of ${count} events`);
    return this.events;
  }

  /** Waits until a frame matches. */
  async waitForFrame(match: (frame: Frame) => boolean): Promise<void> {
    await until(() => this.frames.some(match) || this.ended);
    assert(this.frames.some(match), 'the stream ended without the frame');
  }

  /** Disconnects, like a client closing the page. */
  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }
}
