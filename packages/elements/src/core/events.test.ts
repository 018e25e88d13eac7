import { MppApiError, MppNetworkError } from '@mpp-kit/sdk';
import { expect, fixtureSync, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { errorDetailOf, mppEvent } from './events.js';

describe('mppEvent', () => {
  it('bubbles out of shadow roots to the page, cancelable', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    const heard = oneEvent(document, 'mpp-service-select');
    inner.dispatchEvent(mppEvent('mpp-service-select', { serviceId: 'ktp-el', action: 'queue' }));
    const event = await heard;
    expect(event.detail).to.deep.equal({ serviceId: 'ktp-el', action: 'queue' });
    expect(event.target).to.equal(host);
    expect(event.cancelable).to.equal(true);
  });
});

describe('errorDetailOf', () => {
  it('describes API errors with their code, status and request id', () => {
    const error = new MppApiError({
      status: 404,
      code: 'not_found',
      message: 'Data tidak ditemukan.',
      requestId: 'req_1',
      retryAfter: null,
      details: [],
    });
    expect(errorDetailOf(error)).to.deep.equal({
      kind: 'api',
      code: 'not_found',
      status: 404,
      message: 'Data tidak ditemukan.',
      requestId: 'req_1',
    });
  });

  it('names other failures by kind', () => {
    expect(errorDetailOf(new MppNetworkError(new TypeError('Failed to fetch')))).to.deep.include({
      kind: 'network',
      code: null,
      status: null,
    });
    expect(errorDetailOf('boom')).to.deep.equal({
      kind: 'unknown',
      code: null,
      status: null,
      message: 'boom',
      requestId: null,
    });
  });
});
