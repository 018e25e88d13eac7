// A plain HTTP proxy in front of the CLI server that can cut the live queue
// streams passing through it, as a waiting room's Wi-Fi drops: the browser
// sees the connection reset mid-stream and the SDK reconnects (resuming with
// Last-Event-ID) through the proxy again.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  /** Stream requests seen so far. */
  readonly streamsOpened: () => number;
  /** Destroys every open `/v1/queues/stream` connection; returns how many were cut. */
  cutStreams(): number;
  close(): Promise<void>;
}

export async function startCuttingProxy(target: string): Promise<CuttingProxy> {
  const upstream = new URL(target);
  const open = new Set<{ client: ServerResponse; server: IncomingMessage | null }>();
  let opened = 0;
  const proxy = createServer((incoming, outgoing) => {
    const isStream = (incoming.url ?? '').startsWith('/v1/queues/stream');
    const entry = { client: outgoing, server: null as IncomingMessage | null };
    if (isStream) {
      opened += 1;
      open.add(entry);
      outgoing.on('close', () => open.delete(entry));
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
        entry.server = answer;
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((proxy.address() as AddressInfo).port)}`,
    streamsOpened: () => opened,
    cutStreams() {
      const cut = open.size;
      for (const entry of open) {
        entry.client.socket?.destroy();
        entry.server?.destroy();
      }
      open.clear();
      return cut;
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
