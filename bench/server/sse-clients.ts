// Server-Sent Events clients for the fan-out benchmarks (bench/server-sse.bench.ts
// on one server, bench/server-sse-postgres.bench.ts on two over PostgreSQL):
// raw `node:http` streams on GET /v1/queues/stream, one socket each, that note
// when each triggered event arrives; a ticket taken to trigger one; the delivery
// and memory rows. Times come from this process's one clock, so a client's
// delivery time includes this process's own queueing (an upper bound of what
// the servers take).
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BENCH_STAFF_TOKEN, type CliServer } from './cli-server.js';

/** Clients opened at once; the next batch waits for this one's snapshots. */
export const CONNECT_BATCH = 200;
/** Generous: a machine with a load average of 20 took 257 s for 10,000; only a stuck run hits it. */
export const connectLimitMs = (clients: number): number => Math.max(120_000, clients * 60);
const deliveryLimitMs = (clients: number): number => Math.max(10_000, clients * 2);
export const MiB = 2 ** 20;

/** The marker of the events this benchmark triggers (the snapshot frame never contains it). */
const MARKER = '"type":"ticket.issued"';

/** One stream client: when it got the snapshot, and when it got each triggered event. */
export class StreamClient {
  ready = false;
  failed: string | null = null;
  readonly deliveries: number[] = [];
  private tail = '';
  private request: ClientRequest | null = null;
  private response: IncomingMessage | null = null;

  open(url: string, onReady: () => void): void {
    const target = new URL('/v1/queues/stream', url);
    this.request = httpRequest(target, { headers: { Accept: 'text/event-stream' }, agent: false }, (response) => {
      this.response = response;
      if (response.statusCode !== 200) {
        this.fail(`HTTP ${response.statusCode}`, onReady);
        return;
      }
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => this.read(chunk, onReady));
      response.on('error', (error) => this.fail(error.message, onReady));
    });
    this.request.on('error', (error) => this.fail(error.message, onReady));
    this.request.end();
  }

  private read(chunk: string, onReady: () => void): void {
    const now = performance.now();
    // Keep the end of the previous chunk: a marker may straddle two chunks.
    const text = this.tail + chunk;
    if (!this.ready && text.includes('\n\n')) {
      this.ready = true;
      onReady();
    }
    let from = text.indexOf(MARKER);
    while (from !== -1) {
      this.deliveries.push(now);
      from = text.indexOf(MARKER, from + MARKER.length);
    }
    this.tail = text.slice(-(MARKER.length - 1));
  }

  private fail(reason: string, onReady: () => void): void {
    if (this.failed !== null) return;
    this.failed = reason;
    if (!this.ready) onReady();
  }

  close(): void {
    this.response?.destroy();
    this.request?.destroy();
  }
}

/** Opens `count` clients, `batchSize` at a time, each batch once the previous one has its snapshots. */
export async function connectAll(url: string, count: number, batchSize = CONNECT_BATCH): Promise<StreamClient[]> {
  const clients: StreamClient[] = [];
  const limitMs = connectLimitMs(count);
  const deadline = Date.now() + limitMs;
  while (clients.length < count) {
    const batch = Array.from({ length: Math.min(batchSize, count - clients.length) }, () => new StreamClient());
    await new Promise<void>((done, fail) => {
      let pending = batch.length;
      const timer = setTimeout(
        () => fail(new Error(`connecting took over ${limitMs} ms`)),
        Math.max(0, deadline - Date.now()),
      );
      for (const client of batch) {
        client.open(url, () => {
          pending -= 1;
          if (pending === 0) {
            clearTimeout(timer);
            done();
          }
        });
      }
    });
    clients.push(...batch);
  }
  return clients;
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
export const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));

/** When a triggering request was sent and answered (`performance.now()`). */
export interface Trigger {
  readonly sent: number;
  readonly answered: number;
}

/** Takes one ticket on the server at `url`: its `ticket.issued` event is what the clients wait for. */
export async function triggerEvent(url: string): Promise<Trigger> {
  const sent = performance.now();
  const response = await fetch(`${url}/v1/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_STAFF_TOKEN}` },
    body: JSON.stringify({ serviceId: 'ktp-el' }),
  });
  const answered = performance.now();
  if (response.status !== 201)
    throw new Error(`taking a ticket failed: HTTP ${response.status} ${await response.text()}`);
  return { sent, answered };
}

/** Waits until every ready client has `round` events, or the delivery limit passes. */
export async function awaitRound(clients: readonly StreamClient[], round: number): Promise<void> {
  const ready = clients.filter((client) => client.ready && client.failed === null);
  const deadline = Date.now() + deliveryLimitMs(clients.length);
  while (ready.some((client) => client.deliveries.length < round) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** How many of `clients` got the `round`-th event, and how long after `trigger` was sent. */
export function deliveryRow(clients: readonly StreamClient[], round: number, trigger: Trigger): Record<string, string> {
  const times = clients
    .filter((client) => client.failed === null)
    .map((client) => client.deliveries[round - 1])
    .filter((at): at is number => at !== undefined)
    .map((at) => at - trigger.sent)
    .sort((a, b) => a - b);
  return {
    received: `${times.length}/${clients.length}`,
    'POST (ms)': ms(trigger.answered - trigger.sent),
    'first (ms)': ms(times[0] ?? Number.NaN),
    'p50 (ms)': ms(percentile(times, 50)),
    'p99 (ms)': ms(percentile(times, 99)),
    'last (ms)': ms(times.at(-1) ?? Number.NaN),
    'within 1 s': times.length === clients.length && (times.at(-1) ?? Infinity) < 1_000 ? 'yes' : 'no',
  };
}

/** Takes one ticket on `server` and times its event's arrival at every ready client. */
export async function fanOut(
  server: CliServer,
  clients: readonly StreamClient[],
  round: number,
): Promise<Record<string, string>> {
  const trigger = await triggerEvent(server.url);
  await awaitRound(clients, round);
  return deliveryRow(clients, round, trigger);
}

export function openFileLimit(): string {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((item) => item.startsWith('Max open files'));
    return line?.split(/\s{2,}/)[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What the server holds at one moment: its memory after a full collection and its open files (sockets). */
export interface Sample {
  readonly memory: NodeJS.MemoryUsage;
  readonly files: number;
}

/** The number of files the process holds open (Linux), counting every socket. */
export function openFiles(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

export async function sample(server: CliServer): Promise<Sample> {
  return { memory: await server.memoryAfterGc(), files: openFiles(server.pid) };
}

export const mib = (bytes: number) => (bytes / MiB).toFixed(1);

export function memoryRow(at: Sample): Record<string, string> {
  return {
    'RSS (MiB)': mib(at.memory.rss),
    'heap used (MiB)': mib(at.memory.heapUsed),
    'heap total (MiB)': mib(at.memory.heapTotal),
    'external (MiB)': mib(at.memory.external),
    'open files': String(at.files),
  };
}

/** Connects `count` clients and reports the connection row and the failures. */
export async function connectRow(
  server: CliServer,
  count: number,
  batchSize = CONNECT_BATCH,
): Promise<{ clients: StreamClient[]; row: Record<string, string>; failed: boolean }> {
  const started = performance.now();
  const clients = await connectAll(server.url, count, batchSize);
  const failures = clients.filter((client) => client.failed !== null);
  return {
    clients,
    failed: failures.length > 0,
    row: {
      received: `${clients.length - failures.length}/${count} snapshots`,
      'POST (ms)': '-',
      'first (ms)': '-',
      'p50 (ms)': '-',
      'p99 (ms)': '-',
      'last (ms)': ms(performance.now() - started),
      'within 1 s': failures.length > 0 ? `failed: ${failures[0]?.failed ?? ''}` : '-',
    },
  };
}
