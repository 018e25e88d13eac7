// The shared suites (the app with its engines over HTTP, the stream, the
// statistics, the survey, ...) over PostgresStore, each test on a database of
// its own in a throwaway cluster. The Store contract and what only PostgreSQL
// shows are in postgres-store.node.test.ts.
import { describe, it } from 'node:test';
import { testCluster } from '../test-support/postgres-cluster.js';
import { runSuites } from '../test-support/suites.js';

const cluster = await testCluster();
if (cluster) runSuites({ describe, it }, 'PostgresStore', cluster.makeStore, { skipStore: true });
