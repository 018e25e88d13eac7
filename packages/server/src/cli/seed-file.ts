import type { Seed } from '@mpp-kit/contract';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { kediriSeed, parseSeedText } from '../seed/load-seed.js';
import { CliStartError, codeOf } from './start-error.js';

/**
 * Reads and validates a seed file, or returns the bundled Kota Kediri seed when
 * `file` is `null`. A file given explicitly is always validated, even when the
 * database turns out to be seeded already, so a broken file never goes unnoticed.
 *
 * @throws SeedError listing every problem of the file's content
 * @throws CliStartError when the file cannot be read
 */
export function readSeed(file: string | null): Seed {
  if (file === null) return kediriSeed();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliStartError(`${file}: berkas seed tidak bisa dibaca / cannot read the seed file (${codeOf(error)})`);
  }
  return parseSeedText(text, basename(file));
}
