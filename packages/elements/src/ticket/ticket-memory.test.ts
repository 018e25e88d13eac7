// The session-storage memory of <mpp-ticket>, over the browser's real storage.
import { expect } from '@open-wc/testing';
import { sessionTicketMemory, ticketKey } from './ticket-memory.js';

const API = 'https://mpp.localhost';

describe('sessionTicketMemory', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps one ticket id per API and service, in sessionStorage only', () => {
    const memory = sessionTicketMemory();
    memory.keep(API, 'ktp-el', 'ticket-1');
    memory.keep('https://mpp.example.go.id', 'ktp-el', 'ticket-2');
    memory.keep(API, 'paspor-baru', 'ticket-3');
    expect(sessionStorage.getItem(ticketKey(API, 'ktp-el'))).to.equal('ticket-1');
    expect(memory.recall(API, 'ktp-el')).to.equal('ticket-1');
    expect(memory.recall('https://mpp.example.go.id', 'ktp-el')).to.equal('ticket-2');
    expect(memory.recall(API, 'paspor-baru')).to.equal('ticket-3');
    expect(memory.recall(API, 'akta-kelahiran')).to.equal(null);
    expect(localStorage.length).to.equal(0);
  });

  it('resumes what another instance kept, as a reloaded page does', () => {
    sessionTicketMemory().keep(API, 'ktp-el', 'ticket-1');
    expect(sessionTicketMemory().recall(API, 'ktp-el')).to.equal('ticket-1');
  });

  it('forgets only the ticket it is told about', () => {
    const memory = sessionTicketMemory();
    memory.keep(API, 'ktp-el', 'ticket-2');
    memory.forget(API, 'ktp-el', 'ticket-1');
    expect(memory.recall(API, 'ktp-el')).to.equal('ticket-2');
    memory.forget(API, 'ktp-el', 'ticket-2');
    expect(memory.recall(API, 'ktp-el')).to.equal(null);
    expect(sessionStorage.getItem(ticketKey(API, 'ktp-el'))).to.equal(null);
  });

  it('falls back to memory when storage refuses', () => {
    const memory = sessionTicketMemory(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    memory.keep(API, 'ktp-el', 'ticket-1');
    expect(memory.recall(API, 'ktp-el')).to.equal('ticket-1');
    memory.forget(API, 'ktp-el', 'ticket-1');
    expect(memory.recall(API, 'ktp-el')).to.equal(null);
  });
});
