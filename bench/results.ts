// A benchmark's figures as data: each run can be saved to
// bench/results/<name>.json (committed, so the repository holds the previous
// run), and every run prints its figures beside the saved ones with the change
// in percent. Figures are kept as the strings the tables print ("2,140",
// "31.2", "118 MiB"); the comparison reads the number and its unit back, so a
// benchmark needs nothing beyond the rows it already returns.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** What a saved run holds: the figures, and what is needed to judge them. */
export interface SavedRun {
  readonly benchmark: string;
  /** ISO instant the run ended. */
  readonly date: string;
  /** How to run it again, e.g. `MPP_BENCH_SSE_CLIENTS=10000 npm run bench -- server-sse`. */
  readonly command: string;
  readonly machine: Record<string, string>;
  /** The machine's 1, 5 and 15 minute load averages before and after the run. */
  readonly load: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly context: Record<string, string>;
  readonly rows: Record<string, Record<string, string>>;
  readonly failed: boolean;
}

/** A figure read back from a table cell. */
export interface Figure {
  readonly value: number;
  /** What follows the number (`MiB`, `%`, …), `''` for a plain number. */
  readonly unit: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Where the saved run of `name` lives. */
export const resultsFile = (name: string, folder = join(here, 'results')): string => join(folder, `${name}.json`);

/** The saved run of `name`, or `null` when there is none yet. */
export function readSaved(file: string): SavedRun | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return JSON.parse(text) as SavedRun;
}

/**
 * Writes `run` to `file`, creating the folder: one figure a line, so a diff
 * reads figure by figure, formatted as the repository's Prettier wants it
 * (the file is committed and linted).
 */
export async function writeSaved(file: string, run: SavedRun): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const options = await resolveConfig(file);
  writeFileSync(file, await format(JSON.stringify(run), { ...options, filepath: file }));
}

// A number with thousands separators and an optional unit of letters, % or ×; nothing else in the cell.
const FIGURE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([A-Za-z%×]*)$/;

/**
 * The number in a table cell, or `null` when the cell is not one figure
 * (`-`, `yes`, `2000/2000`, a list of status counts, an error message).
 *
 * @example figureOf('2,140') // { value: 2140, unit: '' }
 * @example figureOf('118 MiB') // { value: 118, unit: 'MiB' }
 */
export function figureOf(cell: string): Figure | null {
  const match = FIGURE.exec(cell.trim());
  if (!match?.[1]) return null;
  return { value: Number(match[1].replaceAll(',', '')), unit: match[2] ?? '' };
}

/**
 * The change from `previous` to `now` in percent, signed, e.g. `+5.2%`;
 * `±0%` when equal, `-` when the previous figure is zero (no ratio to give).
 */
export function change(previous: number, now: number): string {
  if (previous === now) return '±0%';
  if (previous === 0) return '-';
  const percent = ((now - previous) / Math.abs(previous)) * 100;
  const rounded = Math.abs(percent) >= 10 ? percent.toFixed(0) : percent.toFixed(1);
  return `${percent > 0 ? '+' : ''}${rounded}%`;
}

/** One figure of the comparison table. */
export interface ComparedFigure {
  readonly previous: string;
  readonly now: string;
  readonly change: string;
}

/**
 * Every figure of `now` beside the same scenario and column of `previous`,
 * keyed `scenario · column`. Cells that are not figures are left out; a figure
 * with no previous counterpart (a new scenario or column, or another unit)
 * shows `-` as its previous value and change.
 */
export function compareRows(previous: SavedRun['rows'], now: SavedRun['rows']): Record<string, ComparedFigure> {
  const compared: Record<string, ComparedFigure> = {};
  for (const [scenario, row] of Object.entries(now)) {
    for (const [column, cell] of Object.entries(row)) {
      const current = figureOf(cell);
      if (current === null) continue;
      const earlierCell = previous[scenario]?.[column];
      const earlier = earlierCell === undefined ? null : figureOf(earlierCell);
      const comparable = earlier !== null && earlier.unit === current.unit;
      compared[`${scenario} · ${column}`] = {
        previous: comparable ? (earlierCell ?? '-') : '-',
        now: cell,
        change: comparable ? change(earlier.value, current.value) : '-',
      };
    }
  }
  return compared;
}

/** Load averages as printed, e.g. `1.52 1.80 2.10`. */
export const loadText = (load: readonly number[]): string => load.map((value) => value.toFixed(2)).join(' ');

/** One line saying which run the comparison is with: when, where, how busy the machine was. */
export function describeRun(run: SavedRun): string {
  return (
    `${run.date}, ${run.machine['cpus'] ?? 'unknown CPU'}, Node ${run.machine['node'] ?? '?'}, ` +
    `load average ${loadText(run.load.before)} before, ${loadText(run.load.after)} after`
  );
}
