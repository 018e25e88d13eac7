// The page of scripts/faults/stream-cuts.node.test.ts, bundled from source by
// esbuild: the queue elements that follow the live stream (the waiting-room
// board with its sound, a compact card for one agency, visitors' tickets),
// read through the harnesses the package ships, and a record of everything
// they told people while the stream was being cut: each list of latest calls
// the board showed, and each `mpp-ticket-called` a ticket fired. What the
// board said aloud is recorded by the test's stand-in for speechSynthesis.
import '@mpp-kit/elements/queue-status/define.js';
import '@mpp-kit/elements/ticket/define.js';
import {
  QueueStatusHarness,
  TicketHarness,
  type CallRow,
  type CounterRow,
  type LineRow,
} from '@mpp-kit/elements/testing.js';
import type { MppQueueStatus } from '@mpp-kit/elements';
import type { SubscribeOptions } from '@mpp-kit/sdk';

/** What the test puts into the page's `#setup` JSON. */
export interface StreamCutsSetup {
  readonly apiBase: string;
  /** The tickets the visitors' `<mpp-ticket>` elements follow. */
  readonly ticketIds: readonly string[];
  readonly subscribeOptions: SubscribeOptions;
}

/** A queue card or board as a visitor reads it. */
export interface QueueFacts {
  readonly connection: string | null;
  readonly counters: readonly CounterRow[];
  readonly lines: readonly LineRow[];
}

/** A ticket as its visitor reads it. */
export interface TicketFacts {
  readonly ticketId: string;
  readonly number: string | null;
  readonly statusKind: string | null;
  readonly status: string | null;
  readonly peopleAhead: string | null;
  readonly estimatedWait: string | null;
  readonly callMessage: string | null;
}

/** Everything the page shows now. */
export interface PageFacts {
  readonly board: QueueFacts & { readonly calls: readonly CallRow[] };
  readonly card: QueueFacts;
  readonly tickets: readonly TicketFacts[];
}

/** A ticket's `mpp-ticket-called`, as fired. */
export interface TicketCall {
  readonly ticketId: string;
  readonly number: string;
  readonly counterName: string;
  readonly recall: boolean;
}

/** What the test calls in the page. */
export interface StreamCutsProbe {
  /** Resolves once every element shows its data and the board is live. */
  ready(): Promise<void>;
  /** Presses the board's "Aktifkan suara". */
  enableSound(): Promise<void>;
  facts(): PageFacts;
  /** Every distinct list of latest calls the board showed, in order (newest call first in each). */
  readonly boardCallLists: readonly (readonly CallRow[])[];
  readonly ticketCalls: readonly TicketCall[];
}

const setup = JSON.parse(document.getElementById('setup')?.textContent ?? '{}') as StreamCutsSetup;

function queueElement(attributes: Record<string, string>): MppQueueStatus {
  const element = document.createElement('mpp-queue-status');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('api-base', setup.apiBase);
  element.subscribeOptions = setup.subscribeOptions;
  return element;
}

const boardElement = queueElement({ mode: 'board' });
const cardElement = queueElement({ agency: 'dukcapil' });
const ticketElements = setup.ticketIds.map((ticketId) => {
  const element = document.createElement('mpp-ticket');
  element.setAttribute('api-base', setup.apiBase);
  element.ticketId = ticketId;
  element.subscribeOptions = setup.subscribeOptions;
  return element;
});
// The board sized as a TV would be; the card and the tickets below it.
boardElement.style.height = '1080px';
document.body.append(boardElement, cardElement, ...ticketElements);

const board = new QueueStatusHarness(boardElement);
const card = new QueueStatusHarness(cardElement);
const tickets = ticketElements.map((element) => new TicketHarness(element));

const boardCallLists: CallRow[][] = [];
const ticketCalls: TicketCall[] = [];
document.addEventListener('mpp-ticket-called', (event) => {
  const { ticketId, number, counterName, recall } = event.detail;
  ticketCalls.push({ ticketId, number, counterName, recall });
});

/** Records the board's latest calls whenever what it shows changes (Lit renders a batch at once). */
function recordBoardCalls(): void {
  const latest = boardCallLists.at(-1);
  const calls = board.calls;
  if (latest && JSON.stringify(latest) === JSON.stringify(calls)) return;
  boardCallLists.push(calls);
}

function queueFacts(harness: QueueStatusHarness): QueueFacts {
  return { connection: harness.connection, counters: harness.counters, lines: harness.lines };
}

const probe: StreamCutsProbe = {
  async ready() {
    await Promise.all([
      board.settled(20_000),
      card.settled(20_000),
      ...tickets.map((ticket) => ticket.settled(20_000)),
    ]);
    await board.waitFor(() => board.connection === 'live', 20_000, 'the live connection');
    recordBoardCalls();
    new MutationObserver(recordBoardCalls).observe(boardElement.shadowRoot as ShadowRoot, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  },
  enableSound: () => board.enableSound(),
  facts: () => ({
    board: { ...queueFacts(board), calls: board.calls },
    card: queueFacts(card),
    tickets: tickets.map((ticket, index) => ({
      ticketId: setup.ticketIds[index] ?? '',
      number: ticket.number,
      statusKind: ticket.statusKind,
      status: ticket.status,
      peopleAhead: ticket.peopleAhead,
      estimatedWait: ticket.estimatedWait,
      callMessage: ticket.callMessage,
    })),
  }),
  boardCallLists,
  ticketCalls,
};
(globalThis as typeof globalThis & { streamCuts: StreamCutsProbe }).streamCuts = probe;
