// Whose address a request is: the socket's, or, behind a reverse proxy the
// operator names, the client's as the proxy reports it in X-Forwarded-For.
// proxy-addr (the implementation behind Express's `trust proxy`) walks the
// header from the nearest hop outwards and stops at the first address that is
// not a trusted proxy, so a client cannot pose as another by writing the
// header itself.
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import proxyAddr from 'proxy-addr';

/**
 * Which reverse proxies in front of the server to believe.
 *
 * - `{ kind: 'none' }`: none; the socket's address is the client's, and
 *   `X-Forwarded-For` is ignored (the default: anyone can send that header).
 * - `{ kind: 'hops', hops }`: the `hops` nearest hops are proxies (1 for one
 *   nginx or load balancer on the way).
 * - `{ kind: 'addresses', addresses }`: the proxies' addresses or subnets
 *   (`10.0.0.0/8`, `::1`), or proxy-addr's names `loopback`, `linklocal`
 *   and `uniquelocal`.
 */
export type TrustProxy =
  | { readonly kind: 'none' }
  | { readonly kind: 'hops'; readonly hops: number }
  | { readonly kind: 'addresses'; readonly addresses: readonly string[] };

/**
 * A {@link TrustProxy} from its text form: a hop count (`1`), or addresses,
 * subnets and names separated by commas (`loopback, 10.0.0.0/8`); `0` and the
 * empty text trust none.
 *
 * @throws TypeError naming the entry that is neither a count nor an address
 * @example parseTrustProxy('1'); // { kind: 'hops', hops: 1 }
 */
export function parseTrustProxy(text: string): TrustProxy {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops };
  }
  const addresses = trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (addresses.length === 0) return { kind: 'none' };
  for (const address of addresses) {
    try {
      proxyAddr.compile(address);
    } catch {
      throw new TypeError(`not a hop count, an address, a subnet or loopback/linklocal/uniquelocal: ${address}`);
    }
  }
  return { kind: 'addresses', addresses };
}

/**
 * The client's address for the rate limit and the logs, as `trust` allows it
 * to be read; pass it as `getClientAddress` to `startServer`.
 *
 * @example startServer({ ...options, getClientAddress: clientAddressBehind({ kind: 'hops', hops: 1 }) });
 */
export function clientAddressBehind(trust: TrustProxy): (c: Context) => string {
  const trusted =
    trust.kind === 'none'
      ? () => false
      : trust.kind === 'hops'
        ? (_address: string, hop: number) => hop < trust.hops
        : proxyAddr.compile([...trust.addresses]);
  return (c) => {
    const { incoming } = c.env as HttpBindings;
    return proxyAddr(incoming, trusted) || 'unknown';
  };
}
