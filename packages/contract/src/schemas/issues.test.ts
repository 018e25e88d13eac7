import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { CreateBookingInputSchema } from './booking.js';
import { describeIssues, issuePath } from './issues.js';
import { ListServicesQuerySchema } from './service.js';
import { TakeTicketInputSchema } from './ticket.js';

/** The issues of a failed parse, described; `input` as the server parses (reporting it). */
function described(schema: z.ZodMiniType, input: unknown, reportInput = true) {
  const result = schema.safeParse(input, { reportInput });
  return describeIssues(result.error?.issues ?? []);
}

const booking = {
  serviceId: 'ktp-el',
  slotStart: '2026-03-03T08:00:00+07:00',
  applicant: { name: 'Budi Santoso', nik: '3571015505900001', phone: '0812-3456-7890' },
  consent: true,
};

describe('issuePath', () => {
  it('joins names with dots and puts positions in brackets', () => {
    expect(issuePath(['items', 0, 'cost', 'amount'])).to.equal('items[0].cost.amount');
    expect(issuePath(['applicant', 'nik'])).to.equal('applicant.nik');
    expect(issuePath([2, 'kind'])).to.equal('[2].kind');
    expect(issuePath(['cursor'])).to.equal('cursor');
  });

  it('quotes keys that are not plain names, and writes the value itself as empty', () => {
    expect(issuePath(['site', 'my key', '$schema'])).to.equal('site["my key"].$schema');
    expect(issuePath(['headers', 'Idempotency-Key'])).to.equal('headers["Idempotency-Key"]');
    expect(issuePath([Symbol('x')])).to.equal('["Symbol(x)"]');
    expect(issuePath([])).to.equal('');
  });
});

describe('describeIssues', () => {
  it('names each unknown field on its own path', () => {
    expect(described(TakeTicketInputSchema, { serviceId: 'ktp-el', priority: true, 'x y': 1 })).to.deep.equal([
      { path: 'priority', code: 'unrecognized_keys', message: 'kolom tidak dikenal / unknown field' },
      { path: '["x y"]', code: 'unrecognized_keys', message: 'kolom tidak dikenal / unknown field' },
    ]);
  });

  it('tells a missing field from a wrong type when the input is reported', () => {
    expect(described(TakeTicketInputSchema, {})).to.deep.equal([
      { path: 'serviceId', code: 'invalid_type', message: 'wajib diisi / required' },
    ]);
    expect(described(TakeTicketInputSchema, { serviceId: 12 })).to.deep.equal([
      { path: 'serviceId', code: 'invalid_type', message: 'harus teks, bukan angka / expected a string, got a number' },
    ]);
    expect(described(TakeTicketInputSchema, { serviceId: 12 }, false)).to.deep.equal([
      { path: 'serviceId', code: 'invalid_type', message: 'harus teks / expected a string' },
    ]);
    expect(described(TakeTicketInputSchema, ['ktp-el'])).to.deep.equal([
      {
        path: '',
        code: 'invalid_type',
        message: 'harus objek, bukan daftar (array) / expected an object, got an array',
      },
    ]);
  });

  it('keeps the contract’s own bilingual messages', () => {
    const applicant = { ...booking.applicant, nik: '3571015505900000', name: 'B' };
    expect(described(CreateBookingInputSchema, { ...booking, applicant, consent: false })).to.deep.equal([
      { path: 'applicant.name', code: 'too_small', message: 'Nama minimal 2 huruf / name needs at least 2 characters' },
      { path: 'applicant.nik', code: 'custom', message: 'Nomor urut NIK tidak valid / invalid NIK serial number' },
      { path: 'consent', code: 'invalid_value', message: 'Persetujuan wajib / consent is required' },
    ]);
    expect(described(ListServicesQuerySchema, { limit: '0' })).to.deep.equal([
      { path: 'limit', code: 'too_small', message: 'limit harus 1 sampai 100 / limit must be from 1 to 100' },
    ]);
  });

  it('describes sizes by what is measured', () => {
    const text = z.string().check(z.minLength(1), z.maxLength(3));
    const list = z.array(z.int()).check(z.minLength(2), z.maxLength(3));
    const count = z.int().check(z.gte(1), z.lt(10));
    const describedAll = (schema: z.ZodMiniType, values: unknown[]) =>
      values.flatMap((value) => described(schema, value)).map((issue) => issue.message);
    expect(describedAll(text, ['', 'abcd'])).to.deep.equal([
      'tidak boleh kosong / must not be empty',
      'maksimal 3 karakter / at most 3 characters',
    ]);
    expect(describedAll(list, [[1], [1, 2, 3, 4]])).to.deep.equal([
      'minimal 2 item / at least 2 items',
      'maksimal 3 item / at most 3 items',
    ]);
    expect(describedAll(count, [0, 10])).to.deep.equal([
      'minimal 1 / must be at least 1',
      'harus kurang dari 10 / must be less than 10',
    ]);
    expect(describedAll(z.number().check(z.positive(), z.lte(5)), [0, 6])).to.deep.equal([
      'harus lebih dari 0 / must be greater than 0',
      'maksimal 5 / must be at most 5',
    ]);
  });

  it('lists the allowed values, formats and kinds', () => {
    const kinds = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a') }),
      z.object({ kind: z.literal('b') }),
    ]);
    const messages = [
      ...described(z.enum(['id', 'en']), 'fr'),
      ...described(z.literal(1), 2),
      ...described(z.email(), 'x'),
      ...described(z.object({ cost: kinds }), { cost: { kind: 'c' } }),
      ...described(z.union([z.string(), z.int()]), true),
      ...described(z.int().check(z.multipleOf(5)), 7),
    ];
    expect(messages).to.deep.equal([
      { path: '', code: 'invalid_value', message: 'harus salah satu dari "id", "en" / must be one of "id", "en"' },
      { path: '', code: 'invalid_value', message: 'harus 1 / must be 1' },
      { path: '', code: 'invalid_format', message: 'format email tidak valid / invalid email' },
      { path: 'cost.kind', code: 'invalid_union', message: 'jenis tidak dikenal / unknown kind' },
      {
        path: '',
        code: 'invalid_union',
        message: 'bentuk tidak cocok dengan pilihan mana pun / matches none of the allowed shapes',
      },
      { path: '', code: 'not_multiple_of', message: 'nilai tidak valid / invalid value (not_multiple_of)' },
    ]);
  });

  it('never repeats the input, which may be a NIK', () => {
    const nik = fc.stringMatching(/^\d{16}$/);
    const anyValue = fc.oneof(nik, fc.integer(), fc.constant(null), fc.array(nik, { maxLength: 2 }));
    fc.assert(
      fc.property(nik, anyValue, anyValue, (value, name, consent) => {
        const applicant = { ...booking.applicant, nik: value, name };
        const issues = described(CreateBookingInputSchema, { ...booking, applicant, consent });
        return issues.length > 0 && issues.every((issue) => !/\d{16}/.test(`${issue.path} ${issue.message}`));
      }),
    );
  });
});
