import { expect } from '@open-wc/testing';
import { normalizeSurveyCode, SURVEY_CODE_PATTERN } from '@mpp-kit/contract';
import { generateSurveyCode } from './survey-code.js';

describe('generateSurveyCode', () => {
  it('makes canonical codes that the contract reads back unchanged', () => {
    for (let index = 0; index < 200; index += 1) {
      const code = generateSurveyCode();
      expect(code).to.match(SURVEY_CODE_PATTERN);
      expect(normalizeSurveyCode(code)).to.equal(code);
    }
  });

  it('draws every symbol in every position, and repeats no code', () => {
    // 2,000 codes: each of 32 symbols is missing from a given position with odds of (31/32)^2000 < 1e-27.
    const codes = Array.from({ length: 2_000 }, () => generateSurveyCode().replace('-', ''));
    expect(new Set(codes).size).to.equal(codes.length);
    for (let position = 0; position < 8; position += 1) {
      expect(new Set(codes.map((code) => code[position])).size, `position ${position}`).to.equal(32);
    }
  });
});
