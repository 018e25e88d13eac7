// Model-based test of the booking engine (issue 14): random sequences of
// bookings (several NIKs, the same NIK twice, full slots, slots off the grid,
// in breaks, past the horizon), cancellations and moves (with the right secret
// or a wrong one, before and after the deadline), check-ins and the tickets
// they give, walk-ins in the same lines, and the clock moving across days, over
// MemoryStore and SqliteStore. After every action the engine must answer what
// the model predicts and keep the invariants (see test-support/engine-system.ts).
import { after, describe, it } from 'node:test';
import { bookingActions } from '../test-support/engine-commands.js';
import { assertEngineModel, MODEL_RUNS, modelStores } from '../test-support/engine-system.js';

const stores = modelStores();
after(stores.removeFiles);

for (const [name, open] of Object.entries(stores.open)) {
  describe(`the booking engine against its model (${name})`, () => {
    it(`keeps every rule over ${MODEL_RUNS} random sequences of actions`, () =>
      assertEngineModel(open, bookingActions));
  });
}
