// The shared suites over MemoryStore, in Node 20.
import { describe, it } from 'node:test';
import { runSuites } from '../test-support/suites.js';
import { MemoryStore } from './memory-store.js';

runSuites({ describe, it }, 'MemoryStore (Node)', (seed) => new MemoryStore(seed));
