// Model-based test of the queue engine (issue 14): random sequences of tickets
// taken and cancelled, counters calling, recalling, skipping, completing,
// opening, pausing and closing, and the clock moving across breaks, closing
// time, nights, a weekend and a holiday, over MemoryStore and SqliteStore.
// After every action the engine must answer what the model predicts and keep
// the invariants (see test-support/engine-system.ts).
import { after, describe, it } from 'node:test';
import { queueActions } from '../test-support/engine-commands.js';
import { assertEngineModel, MODEL_RUNS, modelStores } from '../test-support/engine-system.js';

const stores = modelStores();
after(stores.removeFiles);

for (const [name, open] of Object.entries(stores.open)) {
  describe(`the queue engine against its model (${name})`, () => {
    it(`keeps every rule over ${MODEL_RUNS} random sequences of actions`, () => assertEngineModel(open, queueActions));
  });
}
