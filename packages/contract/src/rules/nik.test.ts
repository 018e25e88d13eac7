import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nikSample } from '../test-support/arbitraries.js';
import { isValidNik, maskNik, NIK_PROVINCE_CODES, parseNik } from './nik.js';

const today = new Date('2025-06-15T00:00:00Z');

describe('parseNik', () => {
  it('reads a woman born in 1995 in Kota Kediri', () => {
    expect(parseNik('3571014507950003', today)).to.deep.equal({
      ok: true,
      nik: '3571014507950003',
      provinceCode: '35',
      regencyCode: '71',
      districtCode: '01',
      birthDate: '1995-07-05',
      sex: 'female',
      serial: '0003',
    });
  });

  it('reads a man and puts two-digit years up to this year in the 2000s', () => {
    const result = parseNik('3506123112240001', today);
    expect(result).to.include({ ok: true, birthDate: '2024-12-31', sex: 'male' });
  });

  it('puts a year after this year in the 1900s', () => {
    expect(parseNik('3506120101260001', today)).to.include({ birthDate: '1926-01-01' });
    expect(parseNik('3506120101250001', today)).to.include({ birthDate: '2025-01-01' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseNik('3506122902000001', today)).to.include({ ok: true, birthDate: '2000-02-29' });
    expect(parseNik('3506126902960001', today)).to.include({ ok: true, birthDate: '1996-02-29', sex: 'female' });
    expect(parseNik('3506122902230001', today)).to.deep.equal({ ok: false, reason: 'birth-date' });
    expect(parseNik('3506122902000001', new Date('2099-01-01'))).to.include({ birthDate: '2000-02-29' });
  });

  it('rejects impossible and future birth dates', () => {
    for (const date of [
      '000190',
      '320190',
      '400190',
      '410190' /* ok: woman, 1st */,
      '720190',
      '011390',
      '310490',
      '300290',
    ]) {
      const result = parseNik(`350612${date}0001`, today);
      expect(result.ok, date).to.equal(date === '410190');
    }
    expect(parseNik('3506121606250001', today)).to.deep.equal({ ok: false, reason: 'birth-date' });
    expect(parseNik('3506121506250001', today)).to.include({ ok: true, birthDate: '2025-06-15' });
  });

  it('rejects unknown provinces and zero regency or district codes', () => {
    for (const nik of [
      '1006120101900001',
      '2006120101900001',
      '3706120101900001',
      '9806120101900001',
      '3500120101900001',
      '3506000101900001',
    ]) {
      expect(parseNik(nik, today), nik).to.deep.equal({ ok: false, reason: 'region' });
    }
  });

  it('accepts every listed province, including the new Papua provinces', () => {
    expect(NIK_PROVINCE_CODES).to.include.members(['11', '21', '36', '65', '76', '82', '91', '96', '97']);
    // 38 provinces, plus 97 from the BPS numbering of the Papua provinces.
    expect(NIK_PROVINCE_CODES).to.have.length(39);
    for (const code of NIK_PROVINCE_CODES) expect(isValidNik(`${code}01010101900001`, today), code).to.equal(true);
  });

  it('rejects serial 0000', () => {
    expect(parseNik('3506120101900000', today)).to.deep.equal({ ok: false, reason: 'serial' });
  });

  it('rejects anything but 16 digits', () => {
    for (const value of [
      '',
      '357101450795000',
      '35710145079500031',
      '3571-0145-0795-0003',
      ' 3571014507950003',
      '357101450795000a',
      '３５７１０１４５０７９５０００３',
    ]) {
      expect(parseNik(value, today), value).to.deep.equal({ ok: false, reason: 'format' });
    }
  });

  it('round-trips every generated valid NIK', () => {
    fc.assert(
      fc.property(nikSample(today), (sample) => {
        const result = parseNik(sample.nik, today);
        expect(result).to.include({ ok: true, nik: sample.nik, birthDate: sample.birthDate, sex: sample.sex });
      }),
    );
  });

  it('changes the parse or rejects when one digit of the birth date is corrupted', () => {
    const corruption = fc.record({
      sample: nikSample(today),
      index: fc.integer({ min: 6, max: 11 }),
      digit: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(corruption, ({ sample, index, digit }) => {
        const old = Number(sample.nik[index]);
        const corrupted = `${sample.nik.slice(0, index)}${(old + digit) % 10}${sample.nik.slice(index + 1)}`;
        const result = parseNik(corrupted, today);
        if (result.ok) expect([result.birthDate, result.sex]).not.to.deep.equal([sample.birthDate, sample.sex]);
      }),
    );
  });

  it('always rejects strings that are not 16 digits', () => {
    const notSixteenDigits = fc
      .oneof(fc.string(), fc.stringMatching(/^\d{0,15}$/), fc.stringMatching(/^\d{17,24}$/))
      .filter((value) => !/^\d{16}$/.test(value));
    fc.assert(
      fc.property(notSixteenDigits, (value) => {
        expect(parseNik(value, today)).to.deep.equal({ ok: false, reason: 'format' });
      }),
    );
  });

  it('uses the current date by default', () => {
    expect(isValidNik('3571014507950003')).to.equal(true);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const ddmmyy = [tomorrow.getUTCDate(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCFullYear() % 100].map((n) =>
      String(n).padStart(2, '0'),
    );
    expect(isValidNik(`357101${ddmmyy.join('')}0001`)).to.equal(false);
  });
});

describe('maskNik', () => {
  it('shows only the last four digits of a NIK', () => {
    expect(maskNik('3571010101900001')).to.equal('•••• •••• •••• 0001');
  });

  it('never shows the digits of something that is not a whole NIK', () => {
    expect(maskNik('35710101019')).to.equal('•••• •••• •••• ••••');
  });
});
