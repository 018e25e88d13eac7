import { expect } from '@open-wc/testing';
import { CreateBookingInputSchema, ApplicantSchema } from './booking.js';
import { HttpUrlSchema, IdSchema, InstantSchema, LocalDateSchema, LocalTimeSchema, RupiahSchema } from './common.js';
import { AvailabilityQuerySchema, SlotSchema } from './availability.js';
import { CostSchema, ListServicesQuerySchema } from './service.js';
import { DayHoursSchema, WeeklyHoursSchema } from './site.js';
import { QueueNumberSchema } from './ticket.js';

const ok = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;
const messages = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } | undefined }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('primitives', () => {
  it('accept instants only with an offset', () => {
    expect(ok(InstantSchema, '2025-03-03T08:00:00+07:00')).to.equal(true);
    expect(ok(InstantSchema, '2025-03-03T01:00:00.123Z')).to.equal(true);
    expect(ok(InstantSchema, '2025-03-03T08:00:00')).to.equal(false);
    expect(ok(InstantSchema, '2025-03-03')).to.equal(false);
  });

  it('accept real calendar dates only', () => {
    expect(ok(LocalDateSchema, '2024-02-29')).to.equal(true);
    for (const value of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-3-3', '2025-03-03T00:00:00Z']) {
      expect(ok(LocalDateSchema, value), value).to.equal(false);
    }
  });

  it('accept HH:MM from 00:00 to 24:00', () => {
    for (const value of ['00:00', '07:30', '23:59', '24:00']) expect(ok(LocalTimeSchema, value), value).to.equal(true);
    for (const value of ['24:01', '7:30', '12:60', '12:00:00'])
      expect(ok(LocalTimeSchema, value), value).to.equal(false);
  });

  it('accept whole non-negative rupiah and URL-safe ids', () => {
    expect([0, 50_000].map((value) => ok(RupiahSchema, value))).to.deep.equal([true, true]);
    expect([-1, 1.5, 2 ** 53, '5000'].map((value) => ok(RupiahSchema, value))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
    expect(['a', 'KTP_el-01', 'x'.repeat(64)].map((value) => ok(IdSchema, value))).to.deep.equal([true, true, true]);
    expect(['', 'a/b', 'a b', 'x'.repeat(65)].map((value) => ok(IdSchema, value))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('links', () => {
  it('accept absolute http(s) URLs only', () => {
    for (const value of ['https://kedirikota.go.id', 'http://mpp.example.go.id/layanan?id=1#a', 'HTTPS://X.ID']) {
      expect(ok(HttpUrlSchema, value), value).to.equal(true);
    }
    for (const value of [
      'javascript:alert(1)',
      'ftp://x.id',
      'https://',
      'https:///path',
      '//x.id',
      'https://x .id',
      'x.id',
    ]) {
      expect(ok(HttpUrlSchema, value), value).to.equal(false);
    }
  });
});

describe('site hours', () => {
  const day = (weekday: number, open: string | null, close: string | null) => ({ weekday, open, close, breaks: [] });

  it('need open before close, or both null', () => {
    expect(ok(DayHoursSchema, day(1, '08:00', '15:00'))).to.equal(true);
    expect(ok(DayHoursSchema, day(6, null, null))).to.equal(true);
    expect(ok(DayHoursSchema, day(1, '15:00', '08:00'))).to.equal(false);
    expect(ok(DayHoursSchema, day(1, '08:00', null))).to.equal(false);
  });

  it('need seven days, Monday first', () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => day(weekday, null, null));
    expect(ok(WeeklyHoursSchema, week)).to.equal(true);
    expect(ok(WeeklyHoursSchema, week.slice(1))).to.equal(false);
    expect(ok(WeeklyHoursSchema, [...week.slice(1), week[0]])).to.equal(false);
  });
});

describe('service', () => {
  it('keeps a cost range ordered and names every cost kind', () => {
    expect(ok(CostSchema, { kind: 'range', min: 10_000, max: 50_000 })).to.equal(true);
    expect(ok(CostSchema, { kind: 'range', min: 50_000, max: 10_000 })).to.equal(false);
    expect(ok(CostSchema, {})).to.equal(false);
  });

  it('reads the catalog query as the wire sends it', () => {
    expect(ListServicesQuerySchema.parse({})).to.deep.equal({ limit: 20 });
    expect(ListServicesQuerySchema.parse({ limit: '50', q: 'ktp' })).to.deep.equal({ limit: 50, q: 'ktp' });
    expect(ListServicesQuerySchema.parse({ limit: 7 })).to.deep.equal({ limit: 7 });
    for (const limit of ['0', '101', 'ten', '', '1.5', 0, 101]) {
      const result = ListServicesQuerySchema.safeParse({ limit });
      expect(result.success, String(limit)).to.equal(false);
      expect(messages(result).join(), String(limit)).to.include('limit must be from 1 to 100');
    }
  });

  it('keeps remaining within capacity, online and walk-in', () => {
    const slot = {
      start: '2025-03-03T08:00:00+07:00',
      end: '2025-03-03T08:30:00+07:00',
      capacity: 4,
      remaining: 1,
      walkIn: { capacity: 2, remaining: 2 },
    };
    expect(ok(SlotSchema, slot)).to.equal(true);
    expect(ok(SlotSchema, { ...slot, remaining: 5 })).to.equal(false);
    expect(ok(SlotSchema, { ...slot, walkIn: { capacity: 2, remaining: 3 } })).to.equal(false);
  });

  it('checks availability ranges', () => {
    expect(ok(AvailabilityQuerySchema, { from: '2025-03-03', to: '2025-03-07' })).to.equal(true);
    expect(ok(AvailabilityQuerySchema, {})).to.equal(true);
    expect(messages(AvailabilityQuerySchema.safeParse({ from: '2025-03-07', to: '2025-03-03' }))).to.deep.equal([
      'to: `from` setelah `to` / `from` is after `to`',
    ]);
  });

  it('accepts canonical queue numbers', () => {
    expect(['A-001', 'BC-999', 'A-1000'].map((value) => ok(QueueNumberSchema, value))).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(['A-01', 'abc', 'A-0999'].map((value) => ok(QueueNumberSchema, value))).to.deep.equal([false, false, false]);
  });
});

describe('booking input', () => {
  const applicant = {
    name: '  Budi Santoso ',
    nik: '3571014507950003',
    phone: '0812-3456-7890',
    email: 'budi@example.com',
  };
  const input = { serviceId: 'ktp', slotStart: '2025-03-03T08:00:00+07:00', applicant, consent: true };

  it('normalises the applicant: trimmed name, E.164 phone', () => {
    expect(ApplicantSchema.parse(applicant)).to.deep.equal({
      ...applicant,
      name: 'Budi Santoso',
      phone: '+6281234567890',
    });
    expect(CreateBookingInputSchema.parse(input).applicant.phone).to.equal('+6281234567890');
  });

  it('says what is wrong, in Indonesian then English', () => {
    const result = ApplicantSchema.safeParse({
      name: 'B',
      nik: '1034567890123456',
      phone: '+1 202 555 0100',
      email: 'x',
    });
    expect(messages(result)).to.deep.equal([
      'name: Nama minimal 2 huruf / name needs at least 2 characters',
      'nik: Kode wilayah NIK tidak dikenal / unknown NIK region code',
      'phone: Nomor telepon Indonesia tidak valid / invalid Indonesian phone number',
      'email: Alamat email tidak valid / invalid email address',
    ]);
    expect(messages(ApplicantSchema.safeParse({ ...applicant, nik: '3571' }))).to.deep.equal([
      'nik: NIK harus 16 digit / NIK must be 16 digits',
    ]);
    expect(messages(ApplicantSchema.safeParse({ ...applicant, nik: '3571013202950003' }))).to.deep.equal([
      'nik: Tanggal lahir dalam NIK tidak valid / invalid birth date in NIK',
    ]);
  });

  it('requires consent and rejects unknown fields', () => {
    expect(ok(CreateBookingInputSchema, { ...input, consent: false })).to.equal(false);
    expect(ok(CreateBookingInputSchema, { ...input, nik: applicant.nik })).to.equal(false);
    expect(ok(CreateBookingInputSchema, { ...input, applicant: { ...applicant, address: 'Kediri' } })).to.equal(false);
  });
});
