// Every shared suite, for a store factory: the Store contract and the app's
// behaviour over HTTP. A store implementation's test file calls runSuites once.
import { bookingSuite } from './booking-suite.js';
import type { SuiteApi } from './assert.js';
import type { StoreFactory } from './harness.js';
import { httpSuite } from './http-suite.js';
import { queueSuite } from './queue-suite.js';
import { storeSuite } from './store-suite.js';
import { streamSuite } from './stream-suite.js';

/**
 * Registers every shared suite for the stores `makeStore` creates.
 *
 * @example
 * runSuites({ describe, it }, 'SqliteStore', (seed) => {
 *   const store = new SqliteStore(':memory:');
 *   store.loadSeed(seed);
 *   return store;
 * });
 */
export function runSuites(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  storeSuite(api, name, makeStore);
  queueSuite(api, name, makeStore);
  bookingSuite(api, name, makeStore);
  httpSuite(api, name, makeStore);
  streamSuite(api, name, makeStore);
}
