// Fan-out of the live queue stream: MPP_BENCH_SSE_CLIENTS (default 2,000) Server-Sent
// Events clients on GET /v1/queues/stream of the real `mpp-kit-server` (a child
// process on SQLite, 127.0.0.1), then a few single events (one ticket taken
// each), timing how long until every client has the event. Clients are raw
// `node:http` requests from this process, one socket each; their times come from
// one clock, so a client's delivery time includes this process's own queueing
// (an upper bound of what the server takes).
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { defineBenchmark } from './benchmark.js';
import { BENCH_STAFF_TOKEN, startCliServer, type CliServer } from './server/cli-server.js';
import { openInstant } from './server/fixtures.js';

const CLIENTS = Number(process.env['MPP_BENCH_SSE_CLIENTS'] ?? 2_000);
const EVENTS = 5;
const CONNECT_BATCH = 200;
const CONNECT_LIMIT_MS = 120_000;
const DELIVERY_LIMIT_MS = 10_000;
/** The marker of the events this benchmark triggers (the snapshot frame never contains it). */
const MARKER = '"type":"ticket.issued"';

/** One stream client: when it got the snapshot, and when it got each triggered event. */
class StreamClient {
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

/** Opens `count` clients, `CONNECT_BATCH` at a time, each batch once the previous one has its snapshots. */
async function connectAll(url: string, count: number): Promise<StreamClient[]> {
  const clients: StreamClient[] = [];
  const deadline = Date.now() + CONNECT_LIMIT_MS;
  while (clients.length < count) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - clients.length) }, () => new StreamClient());
    await new Promise<void>((done, fail) => {
      let pending = batch.length;
      const timer = setTimeout(
        () => fail(new Error(`connecting took over ${CONNECT_LIMIT_MS} ms`)),
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

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));

/** Takes one ticket and times its event's arrival at every ready client. */
async function fanOut(
  server: CliServer,
  clients: readonly StreamClient[],
  round: number,
): Promise<Record<string, string>> {
  const ready = clients.filter((client) => client.ready && client.failed === null);
  const sent = performance.now();
  const response = await fetch(`${server.url}/v1/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_STAFF_TOKEN}` },
    body: JSON.stringify({ serviceId: 'ktp-el' }),
  });
  const answered = performance.now();
  if (response.status !== 201)
    throw new Error(`taking a ticket failed: HTTP ${response.status} ${await response.text()}`);
  const deadline = Date.now() + DELIVERY_LIMIT_MS;
  while (ready.some((client) => client.deliveries.length < round) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const times = ready
    .map((client) => client.deliveries[round - 1])
    .filter((at): at is number => at !== undefined)
    .map((at) => at - sent)
    .sort((a, b) => a - b);
  return {
    received: `${times.length}/${clients.length}`,
    'POST (ms)': ms(answered - sent),
    'p50 (ms)': ms(percentile(times, 50)),
    'p99 (ms)': ms(percentile(times, 99)),
    'last (ms)': ms(times.at(-1) ?? Number.NaN),
    'within 1 s': times.length === clients.length && (times.at(-1) ?? Infinity) < 1_000 ? 'yes' : 'no',
  };
}

/** The server's resident memory, when the platform tells (Linux). */
function residentMiB(pid: number): string {
  try {
    const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isNaN(kib) ? 'unknown' : `${(kib / 1024).toFixed(0)} MiB`;
  } catch {
    return 'unknown';
  }
}

function openFileLimit(): string {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((item) => item.startsWith('Max open files'));
    return line?.split(/\s{2,}/)[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export default defineBenchmark({
  description: `${CLIENTS.toLocaleString('en-US')} SSE clients on /v1/queues/stream of the CLI server: time until all have one event`,
  async run() {
    const server = await startCliServer(['--clock', openInstant()]);
    const rows: Record<string, Record<string, string>> = {};
    let clients: StreamClient[] = [];
    try {
      const before = residentMiB(server.pid);
      const started = performance.now();
      clients = await connectAll(server.url, CLIENTS);
      const failures = clients.filter((client) => client.failed !== null);
      rows['connect'] = {
        received: `${clients.length - failures.length}/${CLIENTS} snapshots`,
        'POST (ms)': '-',
        'p50 (ms)': '-',
        'p99 (ms)': '-',
        'last (ms)': ms(performance.now() - started),
        'within 1 s': failures.length > 0 ? `failed: ${failures[0]?.failed ?? ''}` : '-',
      };
      const during = residentMiB(server.pid);
      for (let round = 1; round <= EVENTS; round += 1) {
        rows[`event ${round}`] = await fanOut(server, clients, round);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const failed = failures.length > 0 || Object.values(rows).some((row) => row['within 1 s'] === 'no');
      return {
        rows,
        failed,
        context: {
          server: `mpp-kit-server (child process), SQLite in a temp folder, RSS ${before} idle, ${during} with the clients`,
          clients: `${CLIENTS.toLocaleString('en-US')} raw node:http streams from the benchmark process, one socket each`,
          'open files limit': openFileLimit(),
          target: '2,000 clients receive an event within 1 s',
        },
      };
    } finally {
      for (const client of clients) client.close();
      await server.stop();
    }
  },
});
