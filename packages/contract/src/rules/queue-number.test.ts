import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  callAnnouncement,
  formatQueueNumber,
  parseQueueNumber,
  spokenCounterName,
  spokenQueueNumber,
} from './queue-number.js';

describe('formatQueueNumber / parseQueueNumber', () => {
  it('pads the sequence to three digits, four past 999', () => {
    expect(formatQueueNumber('A', 1)).to.equal('A-001');
    expect(formatQueueNumber('A', 12)).to.equal('A-012');
    expect(formatQueueNumber('BC', 999)).to.equal('BC-999');
    expect(formatQueueNumber('A', 1000)).to.equal('A-1000');
    expect(formatQueueNumber('A', 9999)).to.equal('A-9999');
  });

  it('refuses bad prefixes and sequences', () => {
    for (const [prefix, sequence] of [
      ['a', 1],
      ['ABC', 1],
      ['', 1],
      ['A1', 1],
      ['A', 0],
      ['A', 10_000],
      ['A', 1.5],
      ['A', Number.NaN],
    ] as const) {
      expect(() => formatQueueNumber(prefix, sequence), `${prefix} ${sequence}`).to.throw(RangeError);
    }
  });

  it('parses canonical numbers only', () => {
    expect(parseQueueNumber('B-007')).to.deep.equal({ prefix: 'B', sequence: 7 });
    expect(parseQueueNumber('AB-1234')).to.deep.equal({ prefix: 'AB', sequence: 1234 });
    for (const value of ['A-000', 'A-0012', 'a-012', 'A012', 'A-12', 'ABC-012', 'A-12345', ' A-012', 'A-012 ']) {
      expect(parseQueueNumber(value), value).to.equal(null);
    }
  });

  it('round-trips every prefix and sequence', () => {
    const parts = fc.record({ prefix: fc.stringMatching(/^[A-Z]{1,2}$/), sequence: fc.integer({ min: 1, max: 9999 }) });
    fc.assert(
      fc.property(parts, (value) => {
        expect(parseQueueNumber(formatQueueNumber(value.prefix, value.sequence))).to.deep.equal(value);
      }),
    );
  });
});

describe('spokenQueueNumber', () => {
  const spoken: [number, string, string][] = [
    [1, 'satu', 'one'],
    [7, 'tujuh', 'seven'],
    [10, 'sepuluh', 'ten'],
    [11, 'sebelas', 'eleven'],
    [12, 'dua belas', 'twelve'],
    [19, 'sembilan belas', 'nineteen'],
    [20, 'dua puluh', 'twenty'],
    [21, 'dua puluh satu', 'twenty-one'],
    [99, 'sembilan puluh sembilan', 'ninety-nine'],
    [100, 'seratus', 'one hundred'],
    [101, 'seratus satu', 'one hundred one'],
    [110, 'seratus sepuluh', 'one hundred ten'],
    [111, 'seratus sebelas', 'one hundred eleven'],
    [200, 'dua ratus', 'two hundred'],
    [345, 'tiga ratus empat puluh lima', 'three hundred forty-five'],
    [999, 'sembilan ratus sembilan puluh sembilan', 'nine hundred ninety-nine'],
    [1000, 'seribu', 'one thousand'],
    [1001, 'seribu satu', 'one thousand one'],
    [1100, 'seribu seratus', 'one thousand one hundred'],
    [2012, 'dua ribu dua belas', 'two thousand twelve'],
    [9999, 'sembilan ribu sembilan ratus sembilan puluh sembilan', 'nine thousand nine hundred ninety-nine'],
  ];

  for (const [sequence, id, en] of spoken) {
    it(`reads ${sequence} as "${id}" / "${en}"`, () => {
      const number = formatQueueNumber('A', sequence);
      expect(spokenQueueNumber(number, 'id')).to.equal(`A ${id}`);
      expect(spokenQueueNumber(number, 'en')).to.equal(`A ${en}`);
    });
  }

  it('spells a two-letter prefix letter by letter and drops leading zeros', () => {
    expect(spokenQueueNumber('BC-007', 'id')).to.equal('B C tujuh');
    expect(spokenQueueNumber('BC-007', 'en')).to.equal('B C seven');
  });

  it('throws on what is not a queue number', () => {
    expect(() => spokenQueueNumber('A12', 'id')).to.throw(RangeError);
  });

  it('never yields empty words or double spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (sequence, locale) => {
        const words = spokenQueueNumber(formatQueueNumber('A', sequence), locale);
        expect(words).to.match(/^A [a-z]+(?:[ -][a-z]+)*$/);
      }),
    );
  });
});

describe('spokenCounterName', () => {
  it('reads the numbers in a counter name as words', () => {
    expect(spokenCounterName('Loket 3', 'id')).to.equal('Loket tiga');
    expect(spokenCounterName('Loket 11', 'id')).to.equal('Loket sebelas');
    expect(spokenCounterName('Counter 12B', 'en')).to.equal('Counter twelve B');
    expect(spokenCounterName('Loket Paspor', 'id')).to.equal('Loket Paspor');
  });

  it('leaves what is not a plain number as it is', () => {
    expect(spokenCounterName('Loket 0', 'id')).to.equal('Loket 0');
    expect(spokenCounterName('Loket 07', 'id')).to.equal('Loket 07');
    expect(spokenCounterName('Ruang 12345', 'id')).to.equal('Ruang 12345');
  });
});

describe('callAnnouncement', () => {
  it('announces in Indonesian and English, the counter’s number spoken too', () => {
    expect(callAnnouncement('A-012', 'Loket 3', 'id')).to.equal(
      'Nomor antrean A dua belas, silakan menuju Loket tiga.',
    );
    expect(callAnnouncement('A-012', 'Counter 3', 'en')).to.equal(
      'Queue number A twelve, please proceed to Counter three.',
    );
  });

  it('speaks the numbers a hall hears most, in both languages', () => {
    const spoken = ['A-001', 'A-010', 'A-012', 'A-020', 'A-100'].map((number) => [
      callAnnouncement(number, 'Loket 3', 'id'),
      callAnnouncement(number, 'Loket 3', 'en'),
    ]);
    expect(spoken).to.deep.equal([
      ['Nomor antrean A satu, silakan menuju Loket tiga.', 'Queue number A one, please proceed to Loket three.'],
      ['Nomor antrean A sepuluh, silakan menuju Loket tiga.', 'Queue number A ten, please proceed to Loket three.'],
      [
        'Nomor antrean A dua belas, silakan menuju Loket tiga.',
        'Queue number A twelve, please proceed to Loket three.',
      ],
      [
        'Nomor antrean A dua puluh, silakan menuju Loket tiga.',
        'Queue number A twenty, please proceed to Loket three.',
      ],
      [
        'Nomor antrean A seratus, silakan menuju Loket tiga.',
        'Queue number A one hundred, please proceed to Loket three.',
      ],
    ]);
  });
});
