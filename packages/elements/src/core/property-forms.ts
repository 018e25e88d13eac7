import { InstantSchema } from '@mpp-kit/contract';
import type { CommonStrings } from '../i18n/id.js';

/** What {@link PropertyForm.read} returns for a value it cannot understand. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * How a property that is not a string reads a value given to it, whichever
 * way it arrives: typed (`element.now = new Date()`), as its attribute's text
 * (`now="2026-12-01T09:00:00+07:00"`), or as that same text set as a property,
 * which is what React and Vue do with any prop whose name the element has.
 *
 * @typeParam T - The property's type.
 * @typeParam S - The string table that describes the expected form.
 */
export interface PropertyForm<T, S = CommonStrings> {
  /** The property's value for `input`, `undefined` for unset, or {@link UNREADABLE}. */
  read(input: unknown): T | undefined | typeof UNREADABLE;
  /** The expected form, for the configuration error, e.g. "an ISO 8601 date and time". */
  expected(t: S): string;
}

declare module '@lit/reactive-element' {
  // Augmented as Lit documents for custom property options; the parameters must repeat Lit's own.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PropertyDeclaration<Type = unknown, TypeHint = unknown> {
    /**
     * How an `MppElement` property reads every value given to it (see
     * {@link PropertyForm}). Its attribute's text then reaches the property
     * unchanged, so text set by an attribute and text set as a property by a
     * framework are read by the same code.
     *
     * @example
     * static override properties = { headingLevel: { attribute: 'heading-level', form: numberForm } };
     */
    readonly form?: PropertyForm<unknown, never>;
  }
}

/** The attribute's text (or `null` once removed) goes to the property as it is: the form reads it there. */
export const asWritten = { fromAttribute: (value: string | null): string | null => value };

/**
 * An instant: a `Date`, milliseconds since the epoch, or ISO 8601 text such
 * as `2026-12-01T09:00:00+07:00`. Empty text, `null` and `undefined` unset it.
 * The text follows the contract's rule for an instant (`InstantSchema`): a
 * date and time to the second with its offset (`Z` or `+07:00`), as the API
 * writes every instant, so it names the same moment whatever the visitor's
 * time zone; a date alone or a time without an offset would name another
 * moment in each zone, and is refused.
 */
export const dateForm: PropertyForm<Date> = {
  read(input) {
    if (input === null || input === undefined || input === '') return undefined;
    let date: Date | undefined;
    if (input instanceof Date) date = input;
    else if (typeof input === 'number') date = new Date(input);
    else if (typeof input === 'string' && InstantSchema.safeParse(input.trim()).success) date = new Date(input.trim());
    return date && !Number.isNaN(date.getTime()) ? date : UNREADABLE;
  },
  expected: (t) => t.expectedDate,
};

/** A finite number, or its text (`"3"`). Empty text, `null` and `undefined` unset it. */
export const numberForm: PropertyForm<number> = {
  read(input) {
    if (input === null || input === undefined || input === '') return undefined;
    const number = typeof input === 'string' && input.trim() !== '' ? Number(input) : input;
    return typeof number === 'number' && Number.isFinite(number) ? number : UNREADABLE;
  },
  expected: (t) => t.expectedNumber,
};

/**
 * Reads a boolean's attribute form: `true` for `true`, `"true"` and `""` (a
 * bare attribute, or the empty text Vue sets for one), `false` for `false`,
 * `"false"`, `null` and `undefined` (a removed attribute). Anything else is
 * {@link UNREADABLE}. Forms of properties that are booleans or more build on it.
 */
export function readBoolean(input: unknown): boolean | typeof UNREADABLE {
  if (input === true || input === '' || input === 'true') return true;
  if (input === false || input === null || input === undefined || input === 'false') return false;
  return UNREADABLE;
}

/** Text short enough for one line of an error message; values that are not text by their type. */
export function shownValue(input: unknown): string {
  const text =
    typeof input === 'string'
      ? input
      : typeof input === 'number' || typeof input === 'boolean' || input instanceof Date
        ? String(input)
        : typeof input;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
