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
      const letters = [...word];
      const keep = index === 0 ? Math.min(3, Math.max(1, letters.length - 1)) : 1;
      return letters.slice(0, keep).join('') + '*'.repeat(Math.max(0, letters.length - keep));
    })
    .join(' ');
}
