import { MppApiError, MppConfigError, MppTimeoutError, type ConnectionState } from '@mpp-kit/sdk';
import { expect, fixtureSync } from '@open-wc/testing';
import { html, render } from 'lit';
import { en as loadedEn } from '../i18n/en.js';
import { enEssential } from '../i18n/en-essential.js';
import { id, type CommonStrings } from '../i18n/id.js';
import { errorMessage, errorPanelFor, staleNotice, staleReasonOf } from './states.js';

/** The whole English table, as an element merges it once the part loaded on demand is there. */
const en: CommonStrings = { ...enEssential, ...loadedEn };

describe('state views', () => {
  it('map a live subscription’s state to the reason its data may be stale', () => {
    const states: ConnectionState[] = ['connecting', 'live', 'reconnecting', 'polling', 'offline'];
    expect(states.map(staleReasonOf)).to.deep.equal([null, null, 'reconnecting', 'polling', 'offline']);
  });

  it('say why data may be stale, with the time it is from', () => {
    const container = fixtureSync<HTMLElement>(html`<div></div>`);
    render(staleNotice(en, 'offline', '10:42'), container);
    expect(container.textContent.trim()).to.equal('You are offline. Data as of 10:42.');
    expect(container.querySelector('button')).to.equal(null);
    render(
      staleNotice(id, 'reconnecting', '10.42', () => undefined),
      container,
    );
    expect(container.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Menyambung ulang… Data per pukul 10.42. Coba lagi',
    );
  });

  it('give the server’s message for API errors and the element’s own sentence otherwise', () => {
    const api = new MppApiError({
      status: 409,
      code: 'slot_full',
      message: 'Slot sudah penuh.',
      requestId: null,
      retryAfter: null,
      details: [],
    });
    expect(errorMessage(id, api)).to.equal('Slot sudah penuh.');
    expect(errorMessage(en, new MppTimeoutError(30_000))).to.equal(en.errorTimeout);
    expect(errorMessage(id, new Error('x'))).to.equal(id.errorUnknown);
  });

  it('offer no retry for a configuration error', () => {
    const container = fixtureSync<HTMLElement>(html`<div></div>`);
    render(
      errorPanelFor(id, new MppConfigError('bad'), () => undefined),
      container,
    );
    expect(container.querySelector('button')).to.equal(null);
    expect(container.textContent).to.contain(id.errorConfig);
    render(
      errorPanelFor(id, new Error('x'), () => undefined),
      container,
    );
    expect(container.querySelector('button')?.getAttribute('part')).to.equal('retry-button');
  });
});
