// One autocannon run against a local server, summarised as a table row:
// requests/s, latency percentiles, status counts and errors.
import autocannon from 'autocannon';

/** One load scenario. */
export interface LoadOptions {
  /**
   * `http://127.0.0.1:port`, or several such servers: autocannon then gives
   * the connections to them in turn. Only loopback targets are accepted.
   */
  readonly url: string | readonly string[];
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Builds each request's headers and body; `index` counts requests from 0 across connections. */
  readonly request?: (index: number) => { readonly headers?: Record<string, string>; readonly body?: string };
  /** @default 10 */
  readonly connections?: number;
  /** @default 10 */
  readonly seconds?: number;
  /** How long one request may take before it counts as an error. @default 10 */
  readonly timeoutSeconds?: number;
}

/** The figures of one run. */
export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly total: number;
  /** Responses per status code, e.g. `{ 201: 9120, 409: 880 }`. */
  readonly statuses: Record<string, number>;
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly seconds: number;
}

/** Refuses anything but the loopback interface: a benchmark must never load someone else's server. */
function requireLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost' && hostname !== '[::1]') {
    throw new Error(`benchmarks only target this machine, not ${hostname}`);
  }
}

/** Runs one scenario with autocannon and resolves with its figures. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const urls = typeof options.url === 'string' ? [options.url] : options.url;
  for (const url of urls) requireLoopback(url);
  let index = 0;
  const build = options.request;
  const result = await autocannon({
    // autocannon takes an array of targets too (connection i goes to target i mod n); its types only say string.
    url: urls.map((url) => `${url}${options.path}`) as unknown as string,
    method: options.method,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 10,
    timeout: options.timeoutSeconds ?? 10,
    headers: options.headers ?? {},
    requests: [
      {
        method: options.method,
        path: options.path,
        ...(build === undefined
          ? {}
          : {
              setupRequest: (request) => {
                const extra = build(index);
                index += 1;
                return {
                  ...request,
                  ...(extra.body === undefined ? {} : { body: extra.body }),
                  headers: { ...request.headers, ...extra.headers },
                };
              },
            }),
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stats.count ?? 0;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    total: result.requests.total,
    statuses,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
  };
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A result as a table row. */
export function loadRow(result: LoadResult): Record<string, string> {
  return {
    'req/s': number(result.requestsPerSecond),
    'p50 (ms)': number(result.p50Ms, 1),
    'p99 (ms)': number(result.p99Ms, 1),
    'max (ms)': number(result.maxMs, 1),
    requests: number(result.total),
    statuses: Object.entries(result.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(' '),
    'non-2xx': number(result.non2xx),
    errors: number(result.errors),
  };
}
