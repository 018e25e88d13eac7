// An HTTP proxy that misbehaves as the networks between a citizen's phone and
// a regency's server do: it drops connections before the server sees a request
// and after the server has done the work, answers 503 in the server's place,
// holds requests for seconds, and cuts answers short. The fault tests put it
// between the SDK and the real `mpp-kit-server` and check that no write is lost
// or done twice.
import { createServer, request, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the proxy does to one request. */
export type Fault =
  /** Forwards it and its answer untouched. */
  | 'pass'
  /** Drops the connection before the server sees the request: nothing was done. */
  | 'reset-before'
  /** Forwards it, lets the server answer, then drops the connection: done, but the client never hears. */
  | 'reset-after'
  /** Answers `503` with `Retry-After: 1` and an HTML page, as an overloaded gateway does; the server never sees it. */
  | 'unavailable'
  /** Holds the request, or the answer, for up to `maxDelayMs`, then forwards it. */
  | 'delay'
  /** Forwards it, then sends the answer's head and half its body, and drops the connection. */
  | 'truncate';

export const FAULTS: readonly Fault[] = ['pass', 'reset-before', 'reset-after', 'unavailable', 'delay', 'truncate'];

export interface FaultProxyOptions {
  /** The server, `http://127.0.0.1:port`. */
  readonly target: string;
  /** Chooses each request's fault (and a delay's length); seeded by the test so a run can be replayed. */
  readonly choose: () => { readonly fault: Fault; readonly delayMs: number };
  /** Only requests whose path starts with one of these meet faults; others pass. @default every request */
  readonly paths?: readonly string[];
}

export interface FaultProxy {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  /** How many requests met each fault so far. */
  counts(): Readonly<Record<Fault, number>>;
  close(): Promise<void>;
}

const UNAVAILABLE_PAGE =
  '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503</h1></body></html>';

/** Reads a whole message body. */
async function bodyOf(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the proxy on a free loopback port. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.target);
  const agent = new Agent({ keepAlive: true });
  const counts = Object.fromEntries(FAULTS.map((fault) => [fault, 0])) as Record<Fault, number>;

  /** Sends the request on and resolves with the whole answer. */
  const forward = (incoming: IncomingMessage, body: Buffer): Promise<{ head: IncomingMessage; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        {
          agent,
          host: upstream.hostname,
          port: upstream.port,
          path: incoming.url,
          method: incoming.method,
          headers: { ...incoming.headers, host: upstream.host, 'content-length': String(body.length) },
        },
        (head) => {
          bodyOf(head).then((answer) => resolve({ head, body: answer }), reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const body = await bodyOf(incoming);
    const path = incoming.url ?? '/';
    const faulty = options.paths === undefined || options.paths.some((prefix) => path.startsWith(prefix));
    const { fault, delayMs } = faulty ? options.choose() : { fault: 'pass' as const, delayMs: 0 };
    counts[fault] += 1;
    if (fault === 'reset-before') {
      incoming.socket.destroy();
      return;
    }
    if (fault === 'unavailable') {
      outgoing.writeHead(503, { 'Content-Type': 'text/html', 'Retry-After': '1', Connection: 'close' });
      outgoing.end(UNAVAILABLE_PAGE);
      return;
    }
    // Half the delays hold the request, half the answer (the server has then done the work).
    const holdRequest = fault === 'delay' && delayMs % 2 === 0;
    if (holdRequest) await sleep(delayMs);
    const answer = await forward(incoming, body);
    if (fault === 'delay' && !holdRequest) await sleep(delayMs);
    if (fault === 'reset-after') {
      incoming.socket.destroy();
      return;
    }
    const headers = { ...answer.head.headers, 'content-length': String(answer.body.length) };
    delete headers['transfer-encoding'];
    outgoing.writeHead(answer.head.statusCode ?? 502, headers);
    if (fault === 'truncate') {
      // The head promises the whole length; the client reads half, then the connection ends.
      outgoing.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => incoming.socket.destroy());
      return;
    }
    outgoing.end(answer.body);
  };

  const proxy = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch(() => incoming.socket.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((proxy.address() as AddressInfo).port)}`,
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
        agent.destroy();
      }),
  };
}
