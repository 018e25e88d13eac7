// The catalog over HTTP: the site, the agencies and the service pages, for any store.
import { routes } from '@mpp-kit/contract';
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { Harness, type StoreFactory } from '../test-support/harness.js';

/** Registers the catalog tests. */
export function catalogSuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  describe(`${name}: catalog`, () => {
    it('serves the site, the agencies with service counts, and services', async () => {
      const h = await Harness.open(makeStore);
      assertEqual((await h.call(routes.getSite)).body.timeZone, 'Asia/Jakarta');
      const agencies = await h.call(routes.listAgencies);
      assertEqual(agencies.body, {
        items: [
          {
            id: 'dukcapil',
            name: 'Dinas Kependudukan dan Pencatatan Sipil',
            shortName: 'Dispendukcapil',
            floor: 'Lantai 2',
            serviceCount: 2,
          },
          { id: 'imigrasi', name: 'Kantor Imigrasi Kelas II Kediri', shortName: 'Imigrasi', serviceCount: 2 },
        ],
        nextCursor: null,
      });
      const service = await h.call(routes.getService, { params: { id: 'paspor' } });
      assertEqual(
        [service.body.cost, service.body.queuePrefix, 'booking' in service.body],
        [{ kind: 'fixed', amount: 350_000 }, 'P', false],
      );
      assertEqual((await h.call(routes.getService, { params: { id: 'nope' } })).status, 404);
    });

    it('filters, searches and pages the catalog', async () => {
      const h = await Harness.open(makeStore);
      const page = (query: Record<string, string>) => h.call(routes.listServices, { query });
      const ids = async (query: Record<string, string>) => (await page(query)).body.items.map((item) => item.id);
      assertEqual(await ids({ agency: 'imigrasi' }), ['paspor', 'info-paspor']);
      assertEqual(await ids({ category: 'kependudukan' }), ['ktp-el', 'kk']);
      assertEqual(await ids({ q: 'KARTU tanda' }), ['ktp-el']);
      assertEqual(await ids({ q: 'passport' }), ['paspor', 'info-paspor']);
      const first = await page({ limit: '3' });
      assertEqual(
        first.body.items.map((item) => item.id),
        ['ktp-el', 'kk', 'paspor'],
      );
      assert(first.body.nextCursor, 'a next page');
      const second = await page({ limit: '3', cursor: first.body.nextCursor });
      assertEqual([second.body.items.map((item) => item.id), second.body.nextCursor], [['info-paspor'], null]);
    });

    it('rejects bad query parameters with 422 and details', async () => {
      const h = await Harness.open(makeStore);
      for (const query of [
        'limit=0',
        'limit=101',
        'limit=abc',
        'cursor=nonsense',
        'unknown=1',
        'agency=a&agency=b',
        'agency=bad%20id',
      ]) {
        const reply = await h.get(`/v1/services?${query}`);
        assertEqual([reply.status, reply.error.code], [422, 'validation_failed'], query);
        assert((reply.error.details ?? []).length > 0, `${query} has details`);
      }
      assertEqual((await h.get('/v1/queues?colour=red')).status, 422);
      assertEqual((await h.get('/v1/queues?service=nope')).status, 404);
      assertEqual((await h.get('/v1/queues?agency=nope')).status, 404);
    });
  });
}
