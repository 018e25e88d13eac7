import { expect } from '@open-wc/testing';
import { BOOKING_CODE_ALPHABET, bookingCodePrefix, generateBookingCode, normalizeBookingCode } from './booking-code.js';

describe('booking codes', () => {
  it('take a prefix from the regency’s name', () => {
    expect(bookingCodePrefix('Kota Kediri')).to.equal('KDR');
    expect(bookingCodePrefix('Kabupaten Sleman')).to.equal('SLM');
    expect(bookingCodePrefix('Kota Bau-Bau')).to.equal('BAU');
    expect(bookingCodePrefix('Kota Ai')).to.equal('MPP');
  });

  it('are short, use no look-alike characters and rarely repeat', () => {
    expect(BOOKING_CODE_ALPHABET).to.not.match(/[01ILOU]/);
    const codes = Array.from({ length: 2_000 }, () => generateBookingCode('KDR'));
    for (const code of codes) expect(code).to.match(/^KDR-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(new Set(codes).size).to.equal(codes.length);
    // Every character shows up: the draw is not stuck on part of the alphabet.
    expect(new Set(codes.map((code) => code.slice(4)).join('')).size).to.equal(BOOKING_CODE_ALPHABET.length);
  });

  it('are read back whatever the case', () => {
    expect(normalizeBookingCode(' kdr-7qx4m2 ')).to.equal('KDR-7QX4M2');
  });
});
