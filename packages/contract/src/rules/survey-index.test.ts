import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SURVEY_ELEMENTS,
  SURVEY_GRADES,
  surveyGrade,
  surveyIndex,
  surveyIndexOfTotals,
  type SurveyTotals,
} from './survey-index.js';

/** Nine element totals that add up to `sum`, each possible for `respondents` (between n and 4n). */
function totalsSumming(respondents: number, sum: number): SurveyTotals {
  const scoreTotals = new Array<number>(9).fill(respondents);
  let rest = sum - 9 * respondents;
  for (let position = 0; position < 9 && rest > 0; position++) {
    const add = Math.min(rest, 3 * respondents);
    scoreTotals[position] = (scoreTotals[position] ?? 0) + add;
    rest -= add;
  }
  return { respondents, scoreTotals };
}

describe('surveyIndex', () => {
  it('follows a worked example: element averages, the index on the 25-100 scale, its grade', () => {
    // By hand: the respondents' sums are 27, 36 and 26, so 89 points over 27 answers;
    // 89 / 27 * 25 = 82.407… -> 82.41, grade B (76.61 to 88.30).
    const result = surveyIndex([
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [2, 3, 3, 4, 3, 3, 3, 2, 3],
    ]);
    expect(result.respondents).to.equal(3);
    expect(result.elements.map((average) => average.toFixed(3))).to.deep.equal([
      '3.000',
      '3.333',
      '3.333',
      '3.667',
      '3.333',
      '3.333',
      '3.333',
      '3.000',
      '3.333',
    ]);
    expect(result.index).to.equal(82.41);
    expect(result.grade).to.equal('B');
  });

  it('weighs each element 1/9, so the index is the weighted sum of the averages times 25', () => {
    // Two respondents: averages 3.5, 3.5, 3, 4, 3, 3.5, 4, 3, 3.5; their sum 31 / 9 * 25 = 86.11.
    const result = surveyIndex([
      [4, 4, 3, 4, 3, 4, 4, 3, 4],
      [3, 3, 3, 4, 3, 3, 4, 3, 3],
    ]);
    expect(result.elements).to.deep.equal([3.5, 3.5, 3, 4, 3, 3.5, 4, 3, 3.5]);
    expect(result.index).to.equal(86.11);
    expect(result.grade).to.equal('B');
  });

  it('spans exactly 25 to 100', () => {
    expect(surveyIndex([new Array(9).fill(4)])).to.include({ index: 100, grade: 'A' });
    expect(surveyIndex([new Array(9).fill(1)])).to.include({ index: 25, grade: 'D' });
  });

  it('has no index and no grade without respondents', () => {
    expect(surveyIndex([])).to.deep.equal({ respondents: 0, elements: [], index: null, grade: null });
  });

  it('refuses a response without nine scores of 1 to 4, naming the element', () => {
    expect(() => surveyIndex([[4, 4, 4]])).to.throw(RangeError, /3 elements/);
    expect(() => surveyIndex([[4, 4, 4, 5, 4, 4, 4, 4, 4]])).to.throw(RangeError, /Cost\/fee/);
    expect(() => surveyIndex([[0, 4, 4, 4, 4, 4, 4, 4, 4]])).to.throw(RangeError, /Requirements/);
    expect(() => surveyIndex([[4, 4, 4, 4, 4, 4, 4, 4, 2.5]])).to.throw(RangeError, /Facilities/);
  });

  it('gives the same result as the totals of the same answers', () => {
    const response = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 40 }), (answers) => {
        const scoreTotals = SURVEY_ELEMENTS.map((_element, position) =>
          answers.reduce((sum, scores) => sum + (scores[position] ?? 0), 0),
        );
        const byTotals = surveyIndexOfTotals({ respondents: answers.length, scoreTotals });
        expect(surveyIndex(answers)).to.deep.equal(byTotals);
        expect(byTotals.index).to.be.within(25, 100);
      }),
    );
  });
});

describe('surveyIndexOfTotals: rounding at the grade boundaries', () => {
  // With 5,000 respondents the index 25·S/45,000 falls exactly on a half hundredth
  // for the sums below, so the tests pin half-up rounding and the grade of the
  // rounded value (a floating-point product would land either side of the tie).
  const boundaries = [
    { sum: 158_949, index: 88.31, grade: 'A' }, // 88.305 exactly
    { sum: 158_948, index: 88.3, grade: 'B' }, // 88.3044…
    { sum: 137_889, index: 76.61, grade: 'B' }, // 76.605 exactly
    { sum: 137_888, index: 76.6, grade: 'C' }, // 76.6044…
    { sum: 116_991, index: 65, grade: 'C' }, // 64.995 exactly
    { sum: 116_990, index: 64.99, grade: 'D' }, // 64.9944…
  ] as const;
  for (const { sum, index, grade } of boundaries) {
    it(`rounds ${(sum * 25) / 45_000} to ${index}, grade ${grade}`, () => {
      expect(surveyIndexOfTotals(totalsSumming(5000, sum))).to.include({ index, grade });
    });
  }

  it('refuses totals no set of answers could give', () => {
    expect(() => surveyIndexOfTotals({ respondents: 2, scoreTotals: [9, 8, 8, 8, 8, 8, 8, 8, 8] })).to.throw(
      RangeError,
      /Requirements/,
    );
    expect(() => surveyIndexOfTotals({ respondents: 2, scoreTotals: [1, 8, 8, 8, 8, 8, 8, 8, 8] })).to.throw(
      RangeError,
    );
    expect(() => surveyIndexOfTotals({ respondents: 1, scoreTotals: [4, 4] })).to.throw(RangeError, /9 element/);
    expect(() => surveyIndexOfTotals({ respondents: -1, scoreTotals: new Array(9).fill(0) })).to.throw(RangeError);
  });
});

describe('surveyGrade', () => {
  it('grades by the regulation table, bands touching at a hundredth', () => {
    expect([100, 88.31, 88.3, 76.61, 76.6, 65, 64.99, 25].map(surveyGrade)).to.deep.equal([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
    expect(SURVEY_GRADES.map((band) => `${band.grade} ${band.name.id}`)).to.deep.equal([
      'A Sangat Baik',
      'B Baik',
      'C Kurang Baik',
      'D Tidak Baik',
    ]);
  });

  it('refuses an index off the scale', () => {
    expect(() => surveyGrade(24.99)).to.throw(RangeError);
    expect(() => surveyGrade(100.01)).to.throw(RangeError);
    expect(() => surveyGrade(Number.NaN)).to.throw(RangeError);
  });
});

describe('SURVEY_ELEMENTS', () => {
  it("lists the regulation's nine elements in its order", () => {
    expect(SURVEY_ELEMENTS.map((element) => element.name.id)).to.deep.equal([
      'Persyaratan',
      'Sistem, mekanisme dan prosedur',
      'Waktu penyelesaian',
      'Biaya/tarif',
      'Produk spesifikasi jenis pelayanan',
      'Kompetensi pelaksana',
      'Perilaku pelaksana',
      'Penanganan pengaduan, saran dan masukan',
      'Sarana dan prasarana',
    ]);
  });
});
