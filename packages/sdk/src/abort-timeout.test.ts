import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { isMppError } from './errors/mpp-error.js';
import { isMppTimeoutError, type MppTimeoutError } from './errors/timeout-error.js';
import {
  apiError,
  BASE_URL,
  hang,
  ignoreAbort,
  json,
  rejection,
  scriptedFetch,
  ticket,
  until,
} from './test-support/fake-server.js';

describe('abort and total timeout', () => {
  it("a caller's abort rethrows the AbortError unchanged", async () => {
    const { fetch } = scriptedFetch(hang);
    const controller = new AbortController();
    const call = createClient({ baseUrl: BASE_URL, fetch }).tickets.get(ticket.id, { signal: controller.signal });
    const reason = new DOMException('user left the page', 'AbortError');
    controller.abort(reason);
    const error = await rejection(call);
    expect(error).to.equal(reason);
    expect(isMppError(error)).to.equal(false);
  });

  it('an abort with the default reason rejects with a DOMException named AbortError', async () => {
    const { fetch } = scriptedFetch(hang);
    const controller = new AbortController();
    const call = createClient({ baseUrl: BASE_URL, fetch }).site.get({ signal: controller.signal });
    controller.abort();
    const error = await rejection(call);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('an abort during the wait between retries stops retrying', async () => {
    const { fetch, requests } = scriptedFetch(apiError(503, 'unavailable'), json(ticket));
    const controller = new AbortController();
    const client = createClient({
      baseUrl: BASE_URL,
      fetch,
      retry: { delay: 60_000, backoffLimit: 60_000, jitter: false },
    });
    const call = client.tickets.get(ticket.id, { signal: controller.signal });
    // The first attempt is answered 503; the retry is a minute away.
    await until(() => requests.length === 1);
    controller.abort();
    expect(await rejection(call)).to.have.property('name', 'AbortError');
    expect(requests).to.have.length(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const { fetch, requests } = scriptedFetch(json(ticket));
    const error = await rejection(
      createClient({ baseUrl: BASE_URL, fetch }).tickets.get(ticket.id, { signal: AbortSignal.abort() }),
    );
    expect((error as DOMException).name).to.equal('AbortError');
    expect(requests).to.have.length(0);
  });

  it('a server that never answers throws MppTimeoutError after the total timeout', async () => {
    const { fetch } = scriptedFetch(hang);
    const error = await rejection(createClient({ baseUrl: BASE_URL, fetch, timeout: 50 }).site.get());
    expect(isMppTimeoutError(error)).to.equal(true);
    expect((error as MppTimeoutError).timeout).to.equal(50);
  });

  it('the timeout spans all attempts: retries that each fail fast still time out as a whole', async () => {
    const { fetch, requests } = scriptedFetch(apiError(503, 'unavailable'));
    const client = createClient({
      baseUrl: BASE_URL,
      fetch,
      // Long enough for several quick failures even on a loaded machine (the test ends at the timeout).
      timeout: 1_000,
      retry: { limit: 1_000, delay: 5, backoffLimit: 5 },
    });
    expect(isMppTimeoutError(await rejection(client.site.get()))).to.equal(true);
    expect(requests.length).to.be.greaterThan(1);
  });

  it('an injected fetch that ignores the signal (an in-process server) still times out and aborts', async () => {
    const { fetch } = scriptedFetch(ignoreAbort);
    const client = createClient({ baseUrl: BASE_URL, fetch, timeout: 30 });
    expect(isMppTimeoutError(await rejection(client.site.get()))).to.equal(true);
    const controller = new AbortController();
    const call = client.site.get({ signal: controller.signal, timeout: 60_000 });
    controller.abort();
    expect(await rejection(call)).to.have.property('name', 'AbortError');
  });

  it('an error body that never ends still times out', async () => {
    const endless = new Response(new ReadableStream({ start: () => undefined }), { status: 400 });
    const { fetch } = scriptedFetch(() => endless);
    expect(
      isMppTimeoutError(await rejection(createClient({ baseUrl: BASE_URL, fetch, timeout: 50 }).site.get())),
    ).to.equal(true);
  });

  it('a per-call timeout overrides the client timeout', async () => {
    const { fetch } = scriptedFetch(hang);
    const client = createClient({ baseUrl: BASE_URL, fetch, timeout: 60_000 });
    const error = await rejection(client.site.get({ timeout: 30 }));
    expect((error as MppTimeoutError).timeout).to.equal(30);
  });

  it('a caller signal and the timeout combine: the timeout still applies', async () => {
    const { fetch } = scriptedFetch(hang);
    const controller = new AbortController();
    const error = await rejection(
      createClient({ baseUrl: BASE_URL, fetch, timeout: 30 }).site.get({ signal: controller.signal }),
    );
    expect(isMppTimeoutError(error)).to.equal(true);
  });
});
