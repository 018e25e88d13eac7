// Letters as a reader sees them: an accented letter written with a combining
// mark, or an emoji, is one letter, never half masked.
const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' });

/**
 * Masks a person's name for display, so a leaked booking code reveals little:
 * the first word keeps up to three letters, the others their initial, and every
 * other letter becomes `*` (`Budi Santoso` -> `Bud* S******`).
 *
 * @example maskName('Siti Nur Aisyah') // 'Sit* N** A*****'
 */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word, index) => {
      const letters = Array.from(graphemes.segment(word), (part) => part.segment);
      const keep = index === 0 ? Math.min(3, Math.max(1, letters.length - 1)) : 1;
      return letters.slice(0, keep).join('') + '*'.repeat(Math.max(0, letters.length - keep));
    })
    .join(' ');
}
