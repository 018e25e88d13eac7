// A plain HTTP proxy in front of the server that can cut the live queue
// streams passing through it, as a waiting room's Wi-Fi drops: the browser
// sees the connection reset and the SDK reconnects (resuming with
// Last-Event-ID) through the proxy again. Three ways to cut: every open stream
// at once, the next event part-way through its bytes, and the next stream
// request after the server answered it but before a byte of the answer
// reaches the browser. Every other request passes untouched.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  /** Stream requests seen so far. */
  readonly streamsOpened: () => number;
  /** Streams cut so far, in all three ways. */
  readonly cutsMade: () => number;
  /** Destroys every open stream connection; returns how many were cut. */
  cutStreams(): number;
  /**
   * Cuts the open stream inside the next event it carries (a chunk with a
   * `data:` line): a random part of its bytes goes through, then the connection
   * is reset, so the browser holds half an event.
   */
  cutNextEvent(): void;
  /** Lets the next stream request reach the server, then drops the answer before any of it reaches the browser. */
  cutNextAnswer(): void;
  /** Resolves once a stream is open and has passed bytes to the browser, with no cut waiting for its moment. */
  untilDelivering(): Promise<void>;
  close(): Promise<void>;
}

export interface CuttingProxyOptions {
  /**
   * The random source for where inside an event {@link CuttingProxy.cutNextEvent} cuts, in [0, 1).
   * @default Math.random
   */
  readonly random?: () => number;
}

/** One stream passing through: the browser's side, the server's side once it answered, and the bytes passed. */
interface OpenStream {
  readonly client: ServerResponse;
  server: IncomingMessage | null;
  delivered: number;
  /** Being cut inside an event: nothing more passes. */
  held: boolean;
}

const isStreamRequest = (incoming: IncomingMessage): boolean =>
  new URL(incoming.url ?? '/', 'http://proxy').pathname.endsWith('/v1/queues/stream');

export async function startCuttingProxy(target: string, options: CuttingProxyOptions = {}): Promise<CuttingProxy> {
  const random = options.random ?? Math.random;
  const upstream = new URL(target);
  const open = new Set<OpenStream>();
  let opened = 0;
  let cuts = 0;
  let eventCutArmed = false;
  let answerCutArmed = false;
  let waiters: (() => void)[] = [];

  const delivering = (): boolean =>
    !eventCutArmed && !answerCutArmed && [...open].some((stream) => !stream.held && stream.delivered > 0);
  const wakeWaiters = (): void => {
    if (!delivering()) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };
  const cut = (stream: OpenStream): void => {
    if (!open.delete(stream)) return;
    stream.client.socket?.destroy();
    stream.server?.destroy();
    cuts += 1;
  };

  /** Passes a stream's bytes on one chunk at a time, so a chunk can be cut part-way. */
  const relayStream = (stream: OpenStream, answer: IncomingMessage): void => {
    answer.on('data', (chunk: Buffer) => {
      if (!open.has(stream) || stream.held) return;
      if (eventCutArmed && chunk.includes('data:')) {
        eventCutArmed = false;
        stream.held = true;
        // At least one byte through and at least one held back; reset once they left.
        const through = 1 + Math.floor(random() * (chunk.length - 1));
        stream.client.write(chunk.subarray(0, through), () => cut(stream));
        return;
      }
      stream.client.write(chunk);
      stream.delivered += chunk.length;
      wakeWaiters();
    });
    answer.on('end', () => stream.client.end());
    answer.on('error', () => stream.client.destroy());
  };

  const proxy = createServer((incoming, outgoing) => {
    const stream: OpenStream | null = isStreamRequest(incoming)
      ? { client: outgoing, server: null, delivered: 0, held: false }
      : null;
    let dropAnswer = false;
    if (stream) {
      opened += 1;
      dropAnswer = answerCutArmed;
      answerCutArmed = false;
      open.add(stream);
      outgoing.on('close', () => open.delete(stream));
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        if (!stream) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        stream.server = answer;
        if (dropAnswer) {
          cut(stream);
          wakeWaiters();
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        relayStream(stream, answer);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((proxy.address() as AddressInfo).port)}`,
    streamsOpened: () => opened,
    cutsMade: () => cuts,
    cutStreams() {
      const streams = [...open];
      for (const stream of streams) cut(stream);
      return streams.length;
    },
    cutNextEvent() {
      eventCutArmed = true;
    },
    cutNextAnswer() {
      answerCutArmed = true;
    },
    untilDelivering() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        wakeWaiters();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
