// Runs one benchmark by name: `npm run bench -- parse`. With no name, lists
// them. A benchmark is any `bench/<name>.bench.ts` file (see benchmark.ts), so
// adding one needs no change here.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machine, outcomeOf, type Benchmark } from './benchmark.js';

const here = dirname(fileURLToPath(import.meta.url));
const SUFFIX = '.bench.ts';

const names = readdirSync(here)
  .filter((file) => file.endsWith(SUFFIX))
  .map((file) => file.slice(0, -SUFFIX.length))
  .sort();

async function load(name: string): Promise<Benchmark> {
  const module = (await import(pathToFileURL(`${here}/${name}${SUFFIX}`).href)) as { default: Benchmark };
  return module.default;
}

async function list(): Promise<void> {
  console.log('Benchmarks (npm run bench -- <name>):\n');
  const width = Math.max(...names.map((name) => name.length));
  for (const name of names) console.log(`  ${name.padEnd(width)}  ${(await load(name)).description}`);
}

async function runOne(name: string): Promise<void> {
  const benchmark = await load(name);
  console.log(`${name}: ${benchmark.description}\n`);
  const result = await benchmark.run();
  console.table({ ...machine(), ...result.context });
  const { rows, failed } = outcomeOf(result);
  console.table(rows);
  if (failed) process.exitCode = 1;
}

const [name, ...rest] = process.argv.slice(2);
if (rest.length > 0) {
  console.error('Give one benchmark name, e.g. npm run bench -- parse');
  process.exitCode = 2;
} else if (name === undefined) {
  await list();
} else if (names.includes(name)) {
  await runOne(name);
} else {
  console.error(`No benchmark "${name}". Known: ${names.join(', ') || '(none)'}`);
  process.exitCode = 2;
}
