// Runs benchmarks by name: `npm run bench -- parse`, or several one after
// another; `--browser` runs every benchmark of the browser group
// (`npm run bench:browser`). With no name, lists them. A benchmark is any
// `bench/<name>.bench.ts` file (see benchmark.ts), so adding one needs no
// change here.
//
// Each run prints its figures beside the saved ones of bench/results/<name>.json
// (the previous committed run) with the change in percent; `--save` (or
// MPP_BENCH_SAVE=1) overwrites that file with this run.
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machine, outcomeOf, type Benchmark } from './benchmark.js';
import { compareRows, describeRun, loadText, readSaved, resultsFile, writeSaved, type SavedRun } from './results.js';

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
  console.log('Benchmarks (npm run bench -- <name> [<name>…] [--save]; --browser for the browser group):\n');
  const width = Math.max(...names.map((name) => name.length));
  for (const name of names) {
    const benchmark = await load(name);
    const group = benchmark.group === undefined ? '' : ` [${benchmark.group}]`;
    console.log(`  ${name.padEnd(width)}  ${benchmark.description}${group}`);
  }
}

/** The command that repeats a run: the MPP_BENCH_* settings in force, then npm. */
function commandOf(name: string): string {
  const settings = Object.entries(process.env)
    .filter(([key]) => key.startsWith('MPP_BENCH_') && key !== 'MPP_BENCH_SAVE')
    .map(([key, value]) => `${key}=${value ?? ''}`)
    .sort();
  return [...settings, 'npm run bench --', name].join(' ');
}

async function runOne(name: string, save: boolean): Promise<boolean> {
  const benchmark = await load(name);
  console.log(`${name}: ${benchmark.description}\n`);
  const before = loadavg();
  const result = await benchmark.run();
  const after = loadavg();
  const { rows, failed } = outcomeOf(result);
  const run: SavedRun = {
    benchmark: name,
    date: new Date().toISOString(),
    command: commandOf(name),
    machine: machine(),
    load: { before: before.map(round), after: after.map(round) },
    context: result.context,
    rows,
    failed,
  };
  console.table({ ...run.machine, 'load average': `${loadText(before)} before, ${loadText(after)} after` });
  console.table(result.context);
  console.table(rows);

  const file = resultsFile(name);
  const previous = readSaved(file);
  if (previous === null) console.log(`No saved run to compare with (${file}).`);
  else {
    console.log(`Compared with the saved run: ${describeRun(previous)}\n  ${previous.command}`);
    console.table(compareRows(previous.rows, rows));
  }
  if (save && !failed) {
    await writeSaved(file, run);
    console.log(`Saved to ${file}`);
  } else if (save) console.log(`Not saved: the run failed.`);
  return !failed;
}

const round = (value: number) => Math.round(value * 100) / 100;

const args = process.argv.slice(2);
const save = args.includes('--save') || process.env['MPP_BENCH_SAVE'] === '1';
const browser = args.includes('--browser');
const unknownFlag = args.find((arg) => arg.startsWith('--') && arg !== '--save' && arg !== '--browser');
const requested = args.filter((arg) => !arg.startsWith('--'));

if (unknownFlag !== undefined) {
  console.error(`Unknown option ${unknownFlag}. Options: --save, --browser`);
  process.exitCode = 2;
} else if (requested.length === 0 && !browser) {
  await list();
} else {
  const missing = requested.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    console.error(`No benchmark "${missing.join('", "')}". Known: ${names.join(', ') || '(none)'}`);
    process.exitCode = 2;
  } else {
    const group: string[] = [];
    if (browser) for (const name of names) if ((await load(name)).group === 'browser') group.push(name);
    const chosen = [...new Set([...requested, ...group])];
    const failures: string[] = [];
    for (const name of chosen) {
      if (chosen.length > 1) console.log(`\n━━ ${name} ━━`);
      try {
        if (!(await runOne(name, save))) failures.push(name);
      } catch (error) {
        // One broken benchmark must not hide the figures of the others.
        console.error(error);
        failures.push(name);
      }
    }
    if (failures.length > 0) {
      console.error(`\nFailed: ${failures.join(', ')}`);
      process.exitCode = 1;
    }
  }
}
