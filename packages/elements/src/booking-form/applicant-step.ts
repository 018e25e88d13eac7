import { ApplicantSchema, normalizePhone, parseNik, type Site } from '@mpp-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Formatter } from '../core/format.js';
import { isolated } from '../core/localized.js';
import type { BookingFormStrings } from './i18n/id.js';

/** The applicant step's inputs, in the order they are shown (and the first invalid one is focused). */
export const APPLICANT_FIELDS = ['name', 'nik', 'phone', 'email', 'consent'] as const;
/** One input of the applicant step. */
export type ApplicantField = (typeof APPLICANT_FIELDS)[number];

/** What the visitor typed, as typed: kept across steps, never stored or sent anywhere but the booking. */
export interface ApplicantDraft {
  readonly name: string;
  readonly nik: string;
  readonly phone: string;
  readonly email: string;
  readonly consent: boolean;
}

/** An empty draft. */
export const EMPTY_DRAFT: ApplicantDraft = { name: '', nik: '', phone: '', email: '', consent: false };

/** The NIK's digits: spaces, dots and dashes people type to group them are dropped. */
export function nikDigits(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Why a NIK as typed is not valid, in words, or `null` when it is (the contract's `parseNik` decides). */
function nikProblem(value: string, t: BookingFormStrings, format: Formatter, today: Date): string | null {
  const digits = nikDigits(value);
  if (digits === '') return t.nikMissing;
  if (/\D/.test(digits)) return t.nikDigitsOnly;
  if (digits.length < 16) return t.nikLength(digits.length, format.number(digits.length));
  if (digits.length > 16) return t.nikTooLong(digits.length, format.number(digits.length));
  const result = parseNik(digits, today);
  if (result.ok) return null;
  return { format: t.nikDigitsOnly, region: t.nikRegion, 'birth-date': t.nikBirthDate, serial: t.nikSerial }[
    result.reason
  ];
}

/**
 * Why a field of `draft` is not acceptable, in words, or `null`. The rules are
 * the contract's (`parseNik`, `normalizePhone`, the applicant schema's email),
 * so the form never accepts what the server would refuse.
 */
export function fieldProblem(
  field: ApplicantField,
  draft: ApplicantDraft,
  t: BookingFormStrings,
  format: Formatter,
  today: Date = new Date(),
): string | null {
  switch (field) {
    case 'name': {
      const name = draft.name.trim();
      if (name.length < 2) return t.nameMissing;
      return name.length > 100 ? t.nameTooLong : null;
    }
    case 'nik':
      return nikProblem(draft.nik, t, format, today);
    case 'phone':
      if (draft.phone.trim() === '') return t.phoneMissing;
      return normalizePhone(draft.phone) === null ? t.phoneInvalid : null;
    case 'email': {
      const email = draft.email.trim();
      return email === '' || ApplicantSchema.shape.email.safeParse(email).success ? null : t.emailInvalid;
    }
    case 'consent':
      return draft.consent ? null : t.consentMissing;
  }
}

/** Everything the applicant step shows and does. */
export interface ApplicantStepContext {
  readonly t: BookingFormStrings;
  readonly format: Formatter;
  readonly draft: ApplicantDraft;
  /** The message shown under each field (a rule's or the server's), or none. */
  readonly messages: Partial<Record<ApplicantField, string>>;
  readonly site: Site | null;
  readonly headingLevel: number;
  readonly onInput: (field: ApplicantField, value: string | boolean) => void;
  readonly onBlur: (field: ApplicantField) => void;
  /** Enter in a field: the step moves on. */
  readonly onEnter: () => void;
}

interface TextField {
  readonly field: 'name' | 'nik' | 'phone' | 'email';
  readonly label: string;
  readonly hint: string | null;
  readonly type: 'text' | 'tel' | 'email';
  readonly autocomplete: string;
  readonly inputmode: 'text' | 'numeric' | 'tel' | 'email';
  readonly required: boolean;
}

function textField(context: ApplicantStepContext, spec: TextField): TemplateResult {
  const { field } = spec;
  const message = context.messages[field];
  const hintId = spec.hint ? `${field}-hint` : '';
  const messageId = message ? `${field}-message` : '';
  const described = [hintId, messageId].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for="field-${field}">${spec.label}</label>
    ${spec.hint ? html`<p id=${hintId} class="hint">${spec.hint}</p>` : nothing}
    <input
      id="field-${field}"
      name=${field}
      type=${spec.type}
      autocomplete=${spec.autocomplete}
      inputmode=${spec.inputmode}
      spellcheck="false"
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${message ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      .value=${live(context.draft[field])}
      @input=${(event: Event) => context.onInput(field, (event.target as HTMLInputElement).value)}
      @blur=${() => context.onBlur(field)}
      @keydown=${(event: KeyboardEvent) => onEnterKey(event, context)}
    />
    ${message ? html`<p id=${messageId} class="message" part="field-error">${message}</p>` : nothing}
  </div>`;
}

function onEnterKey(event: KeyboardEvent, context: ApplicantStepContext): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  context.onEnter();
}

/** The name, NIK, phone and email fields. */
export function renderApplicantFields(context: ApplicantStepContext): TemplateResult {
  const { t, draft } = context;
  const phone = context.messages.phone ? null : normalizePhone(draft.phone);
  return html`${textField(context, {
    field: 'name',
    label: t.nameLabel,
    hint: t.nameHint,
    type: 'text',
    autocomplete: 'name',
    inputmode: 'text',
    required: true,
  })}
  ${textField(context, {
    field: 'nik',
    label: t.nikLabel,
    hint: t.nikHint,
    type: 'text',
    autocomplete: 'off',
    inputmode: 'numeric',
    required: true,
  })}
  ${textField(context, {
    field: 'phone',
    label: t.phoneLabel,
    hint: phone ? `${t.phoneHint} ${t.phoneAs(phone)}` : t.phoneHint,
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'tel',
    required: true,
  })}
  ${textField(context, {
    field: 'email',
    label: t.emailLabel,
    hint: null,
    type: 'email',
    autocomplete: 'email',
    inputmode: 'email',
    required: false,
  })}`;
}

/**
 * The consent under UU PDP 27/2022, stated in full before an unticked
 * checkbox: what is collected, why, by whom, and for how long. The period is
 * the server's own setting (`site.personalData.retentionDays`); without one,
 * the text names the site's policy rather than a number nobody promised.
 */
export function renderConsent(context: ApplicantStepContext): TemplateResult {
  const { t, format, site, draft } = context;
  const message = context.messages.consent;
  const days = site?.personalData?.retentionDays;
  const siteName = site?.name ?? '';
  return html`<section class="consent" part="consent" aria-labelledby="consent-heading">
    <div id="consent-heading" class="subheading" role="heading" aria-level=${Math.min(6, context.headingLevel + 1)}>
      ${t.consentHeading}
    </div>
    <ul class="consent-text" id="consent-text">
      <li>${t.consentCollected}</li>
      <li>${t.consentPurpose}</li>
      ${site ? html`<li>${t.consentController(isolated(site.name), isolated(site.regency))}</li>` : nothing}
      <li>${days ? t.consentRetention(days, format.number(days)) : t.consentRetentionPolicy(siteName)}</li>
      <li>${t.consentLaw}</li>
    </ul>
    <div class="check">
      <input
        id="field-consent"
        type="checkbox"
        name="consent"
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${message ? 'consent-message' : nothing}
        .checked=${live(draft.consent)}
        @change=${(event: Event) => context.onInput('consent', (event.target as HTMLInputElement).checked)}
        @keydown=${(event: KeyboardEvent) => onEnterKey(event, context)}
      />
      <label for="field-consent">${t.consentLabel}</label>
    </div>
    ${message ? html`<p id="consent-message" class="message" part="field-error">${message}</p>` : nothing}
  </section>`;
}
