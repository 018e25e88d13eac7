// Every shared suite, for a store factory: the Store contract, and the app with
// its engines over HTTP. Each suite lives beside what it tests; a store
// implementation's test file calls runSuites once.
import { appSuite } from '../app.suite.js';
import { bookingSuite } from '../booking/booking-engine.suite.js';
import { retentionSuite } from '../booking/retention.suite.js';
import { catalogSuite } from '../catalog/catalog.suite.js';
import { idempotencySuite } from '../http/idempotency.suite.js';
import { queueSuite } from '../queue/queue-engine.suite.js';
import { streamSuite } from '../queue/stream.suite.js';
import { statsSuite } from '../stats/stats.suite.js';
import { storeSuite } from '../store/store.suite.js';
import { surveySuite } from '../survey/survey.suite.js';
import type { SuiteApi } from './assert.js';
import type { StoreFactory } from './harness.js';

/**
 * Registers every shared suite for the stores `makeStore` creates.
 *
 * @example
 * runSuites({ describe, it }, 'SqliteStore', async (seed) => {
 *   const store = new SqliteStore(':memory:');
 *   await store.loadSeed(seed);
 *   return store;
 * });
 */
export function runSuites(
  api: SuiteApi,
  name: string,
  makeStore: StoreFactory,
  options: { readonly skipStore?: boolean } = {},
): void {
  // A store whose contract suite runs in its own file, beside its own tests.
  if (!options.skipStore) storeSuite(api, name, makeStore);
  catalogSuite(api, name, makeStore);
  queueSuite(api, name, makeStore);
  bookingSuite(api, name, makeStore);
  retentionSuite(api, name, makeStore);
  idempotencySuite(api, name, makeStore);
  appSuite(api, name, makeStore);
  streamSuite(api, name, makeStore);
  statsSuite(api, name, makeStore);
  surveySuite(api, name, makeStore);
}
