import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { errorMessages } from '../schemas/errors.js';
import {
  normalizeSurveyCode,
  SURVEY_CODE_ALPHABET as ALPHABET,
  SURVEY_CODE_PATTERN,
  SURVEY_CODE_VALID_DAYS,
} from './survey-code.js';

describe('normalizeSurveyCode', () => {
  it('reads a code as people type it', () => {
    expect(normalizeSurveyCode('7QX4-M2KP')).to.equal('7QX4-M2KP');
    expect(normalizeSurveyCode(' 7qx4 m2kp ')).to.equal('7QX4-M2KP');
    expect(normalizeSurveyCode('7QX4M2KP')).to.equal('7QX4-M2KP');
  });

  it('reads the letters mistaken for digits as those digits', () => {
    expect(normalizeSurveyCode('O1IL-ABCD')).to.equal('0111-ABCD');
  });

  it('refuses what cannot be a code', () => {
    for (const input of ['', '7QX4-M2K', '7QX4-M2KPX', '7QX4-M2KU', '7QX4_M2KP', '7QX4-M2K!']) {
      expect(normalizeSurveyCode(input), input).to.equal(null);
    }
  });

  it('keeps every canonical code as it is', () => {
    const code = fc.string({ unit: fc.constantFrom(...Array.from(ALPHABET)), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(code, (plain) => {
        const canonical = `${plain.slice(0, 4)}-${plain.slice(4)}`;
        expect(canonical).to.match(SURVEY_CODE_PATTERN);
        expect(normalizeSurveyCode(canonical)).to.equal(canonical);
        expect(normalizeSurveyCode(plain.toLowerCase())).to.equal(canonical);
      }),
    );
  });

  it('admits exactly the alphabet', () => {
    expect(new Set(ALPHABET).size).to.equal(32);
    for (const symbol of ALPHABET) expect(`${symbol.repeat(4)}-${symbol.repeat(4)}`).to.match(SURVEY_CODE_PATTERN);
    for (const symbol of 'ILOUa') expect(`${symbol.repeat(4)}-0000`).not.to.match(SURVEY_CODE_PATTERN);
  });

  it('tells the expiry in the same days the rule uses', () => {
    expect(errorMessages.survey_code_expired.id).to.contain(`${SURVEY_CODE_VALID_DAYS} hari`);
    expect(errorMessages.survey_code_expired.en).to.contain(`${SURVEY_CODE_VALID_DAYS} days`);
  });
});
