import type { BookingFormStrings } from './i18n/id.js';

/** A step of the booking form, in order. */
export type BookingFormStep = 'service' | 'date' | 'time' | 'applicant' | 'review' | 'confirmation';

const ALL: readonly BookingFormStep[] = ['service', 'date', 'time', 'applicant', 'review', 'confirmation'];

/** The steps a visitor goes through: without the service step when the host preset the service. */
export function stepsOf(servicePreset: boolean): readonly BookingFormStep[] {
  return servicePreset ? ALL.slice(1) : ALL;
}

/** A step's heading. */
export function stepName(t: BookingFormStrings, step: BookingFormStep): string {
  return {
    service: t.stepService,
    date: t.stepDate,
    time: t.stepTime,
    applicant: t.stepApplicant,
    review: t.stepReview,
    confirmation: t.stepConfirmation,
  }[step];
}

/** "Langkah 3 dari 5: Data pemohon": what the progress line shows and the live region announces. */
export function progressText(t: BookingFormStrings, step: BookingFormStep, servicePreset: boolean): string {
  const steps = stepsOf(servicePreset);
  return t.progress(steps.indexOf(step) + 1, steps.length, stepName(t, step));
}
