// The pure parts of sending a survey response and of the survey link.
import { SURVEY_ELEMENTS } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { attemptFor } from '../core/write-attempt.js';
import { elementOfPath, firstUnanswered, responseOf, type AnswerDraft } from './submission.js';
import { readSurveyLink, surveyLinkOf } from './survey-link.js';

const ALL_FOUR: AnswerDraft = Object.fromEntries(SURVEY_ELEMENTS.map((element) => [element.key, 4]));

describe('survey submission', () => {
  it('finds the first unanswered element in the regulation’s order', () => {
    expect(firstUnanswered({})).to.equal(0);
    expect(firstUnanswered({ requirements: 3, procedure: 2 })).to.equal(2);
    const { complaints: _unanswered, ...allButComplaints } = ALL_FOUR;
    expect(firstUnanswered(allButComplaints)).to.equal(7);
    expect(firstUnanswered(ALL_FOUR)).to.equal(null);
  });

  it('builds no request while an element is unanswered', () => {
    expect(responseOf('7QX4-M2KP', { requirements: 4 }, {}, '')).to.equal(null);
  });

  it('leaves out an empty profile and an empty suggestion, and trims the suggestion', () => {
    expect(responseOf('7QX4-M2KP', ALL_FOUR, {}, '   ')).to.deep.equal({ code: '7QX4-M2KP', answers: ALL_FOUR });
    expect(responseOf('7QX4-M2KP', ALL_FOUR, { sex: 'female', ageGroup: undefined }, ' Bagus. ')).to.deep.equal({
      code: '7QX4-M2KP',
      answers: ALL_FOUR,
      profile: { sex: 'female' },
      suggestion: 'Bagus.',
    });
  });

  it('keeps one key for the same body and makes a new one for another', () => {
    const input = responseOf('7QX4-M2KP', ALL_FOUR, {}, '');
    if (!input) throw new Error('complete answers make a request');
    const first = attemptFor(undefined, input);
    expect(attemptFor(first, { ...input })).to.equal(first);
    const changed = attemptFor(first, { ...input, answers: { ...input.answers, cost: 3 } });
    expect(changed.key).not.to.equal(first.key);
  });

  it('reads the element an issue path names', () => {
    expect(elementOfPath('answers.cost')).to.equal('cost');
    expect(elementOfPath('answers.nothing')).to.equal(null);
    expect(elementOfPath('suggestion')).to.equal(null);
  });
});

describe('survey link', () => {
  it('puts the code in the fragment of the survey page, replacing any fragment', () => {
    expect(surveyLinkOf(document, 'https://mpp.example.go.id/survei/#lama', '7QX4-M2KP')).to.equal(
      'https://mpp.example.go.id/survei/#kode=7QX4-M2KP',
    );
    expect(surveyLinkOf(document, '/survei/', '7QX4-M2KP')).to.equal(
      new URL('/survei/#kode=7QX4-M2KP', document.baseURI).href,
    );
  });

  it('reads only a fragment that is the survey code alone', () => {
    expect(readSurveyLink('#kode=7QX4-M2KP')).to.equal('7QX4-M2KP');
    expect(readSurveyLink('kode=%207qx4-m2kp%20')).to.equal('7qx4-m2kp');
    expect(readSurveyLink('#kode=K7Q2M9&rahasia=s3cr3t')).to.equal(null);
    expect(readSurveyLink('#kode=')).to.equal(null);
    expect(readSurveyLink('#kode=A&kode=B')).to.equal(null);
    expect(readSurveyLink('')).to.equal(null);
  });
});
