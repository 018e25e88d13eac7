import type { Requirement } from '@mpp-kit/contract';

/** The words, in one language, for each way a requirement is brought. */
export interface RequirementFormWords {
  /** An original document (asli). */
  readonly formOriginal: string;
  /** A photocopy (fotokopi). */
  readonly formCopy: string;
  /** The original and a photocopy. */
  readonly formOriginalAndCopy: string;
  /** A digital file or app (e.g. IKD). */
  readonly formDigital: string;
}

/**
 * How a requirement is brought, in the element's words: one mapping for the
 * catalog's detail and the booking confirmation, so the two never disagree.
 */
export function requirementFormText(form: Requirement['form'], words: RequirementFormWords): string {
  return {
    original: words.formOriginal,
    copy: words.formCopy,
    'original-and-copy': words.formOriginalAndCopy,
    digital: words.formDigital,
  }[form];
}
