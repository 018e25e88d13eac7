// What a benchmark file exports, and how results are printed. A benchmark is
// a file `bench/<name>.bench.ts` whose default export is `defineBenchmark(...)`;
// `npm run bench -- <name>` runs it, `npm run bench` lists them.
import { cpus, totalmem } from 'node:os';
import type { Bench, Task } from 'tinybench';

/** What a run produced: the tinybench results and facts about the inputs. */
export interface BenchmarkRun {
  readonly bench: Bench;
  /** Facts worth printing beside the results, e.g. payload sizes. */
  readonly context: Record<string, string>;
}

/** One runnable benchmark. Importing it must be cheap: prepare inputs in `run`. */
export interface Benchmark {
  /** One line for the list: what is measured. */
  readonly description: string;
  /** Prepares the inputs, adds tasks to a tinybench `Bench` and runs it. */
  run(): Promise<BenchmarkRun>;
}

/** Identity, for a typed default export. */
export const defineBenchmark = (benchmark: Benchmark): Benchmark => benchmark;

/** The machine the numbers come from: they mean little without it. */
export function machine(): Record<string, string> {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  };
}

const ms = (value: number | undefined): string => (value === undefined ? '-' : value >= 1 ? value.toFixed(2) : value.toFixed(4));

/** One row per task, keyed by its name: throughput, mean and p99 latency, samples, margin of error. */
export function resultRows(bench: Bench): Record<string, Record<string, string>> {
  return Object.fromEntries(bench.tasks.map((task) => [task.name, resultRow(task)]));
}

function resultRow(task: Task): Record<string, string> {
  const result = task.result;
  if (!result || result.error) return { 'ops/s': 'failed', error: String(result?.error?.message ?? 'no result') };
  return {
    'ops/s': Math.round(result.throughput.mean).toLocaleString('en-US'),
    'mean (ms)': ms(result.latency.mean),
    'p99 (ms)': ms(result.latency.p99),
    samples: String(result.latency.samples.length),
    '±': `${result.latency.rme.toFixed(2)}%`,
  };
}
