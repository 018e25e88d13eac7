// The shared suites over MemoryStore, in Chromium and Firefox.
import { runSuites } from '../test-support/suites.js';
import { MemoryStore } from './memory-store.js';

runSuites({ describe, it }, 'MemoryStore (browser)', (seed) => new MemoryStore(seed));
