// Seeded randomness for the fault tests: a failing run prints its seed, and the
// same seed replays the same choices (faults, cuts, kill points).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A `Math.random` look-alike, numbers in [0, 1), that repeats itself for the same `seed`. */
export function seededRandom(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}
