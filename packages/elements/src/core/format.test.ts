import { expect } from '@open-wc/testing';
import { formatterFor } from './format.js';

// Intl puts a no-break space in "Rp 50.000"; compare with plain spaces.
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('formatterFor', () => {
  const id = formatterFor('id');
  const en = formatterFor('en');

  it('is shared per language', () => {
    expect(formatterFor('id')).to.equal(id);
  });

  it('formats numbers and whole rupiah the way each language writes them', () => {
    expect(id.number(1250)).to.equal('1.250');
    expect(en.number(1250)).to.equal('1,250');
    expect(plain(id.money(50_000))).to.equal('Rp 50.000');
    expect(plain(en.money(1_250_000))).to.equal('Rp 1,250,000');
    expect(plain(id.money(0))).to.equal('Rp 0');
  });

  it('shows wall-clock times as they are, with 24:00 as the end of the day', () => {
    expect(id.time('08:05')).to.equal('08.05');
    expect(en.time('15:00')).to.equal('15:00');
    expect(id.time('24:00')).to.equal('24.00');
    expect(id.timeRange('08:00', '15:00')).to.equal('08.00–15.00');
  });

  it('shows an instant on the site’s clock', () => {
    expect(id.instantTime('2026-03-02T01:30:00Z', 'Asia/Jakarta')).to.equal('08.30');
    expect(en.instantTime('2026-03-02T01:30:00Z', 'Asia/Jayapura')).to.equal('10:30');
  });

  it('names dates and weekdays', () => {
    expect(id.date('2026-03-20')).to.equal('Jumat, 20 Maret 2026');
    // Engines' CLDR data differ on the comma after the weekday.
    expect(en.date('2026-03-20')).to.match(/^Friday,? 20 March 2026$/);
    expect(id.date('2026-03-20', 'short')).to.equal('20 Mar');
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => id.weekday(day as 1))).to.deep.equal([
      'Senin',
      'Selasa',
      'Rabu',
      'Kamis',
      'Jumat',
      'Sabtu',
      'Minggu',
    ]);
    expect(en.weekday(7)).to.equal('Sunday');
  });

  it('writes an estimated wait, never "0 minutes"', () => {
    expect(id.wait(0)).to.equal('< 1 menit');
    expect(en.wait(59)).to.equal('< 1 minute');
    expect(id.wait(60)).to.equal('1 menit');
    expect(en.wait(75 * 60)).to.equal('1 hour 15 minutes');
  });

  it('rounds durations to the minute', () => {
    expect(id.duration(90 * 60)).to.equal('1 jam 30 menit');
    expect(en.duration(60 * 60)).to.equal('1 hour');
    expect(en.duration(125)).to.equal('2 minutes');
    expect(id.duration(5)).to.equal('1 menit');
  });
});
