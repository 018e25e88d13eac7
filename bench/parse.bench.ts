// How long the SDK takes to turn a catalog response into typed data: zod/mini
// validation of a 500-service page (5× the largest page the API sends), with
// and without JSON.parse, and of 500 service details with their requirements.
// A cheap phone's budget decides whether validation can stay on by default.
import { ServiceSchema, ServiceSummaryPageSchema } from '@mpp-kit/contract';
import { Bench } from 'tinybench';
import { defineBenchmark } from './benchmark.js';
import { buildServices, summaryOf } from './fixtures/catalog.js';

const SERVICES = 500;

const kib = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`;

export default defineBenchmark({
  description: `zod/mini parse of a ${SERVICES}-service catalog page and of ${SERVICES} service details`,
  async run() {
    const services = buildServices(SERVICES);
    const page = { items: services.map(summaryOf), nextCursor: 'eyJvZmZzZXQiOjUwMH0' };
    const pageJson = JSON.stringify(page);
    const detailsJson = services.map((service) => JSON.stringify(service));
    // Fail before measuring if the fixture does not match the contract.
    ServiceSummaryPageSchema.parse(page);
    for (const service of services) ServiceSchema.parse(service);

    const bench = new Bench({ name: 'parse', time: 1500, warmupTime: 300 });
    bench
      .add('JSON.parse catalog page (baseline)', () => JSON.parse(pageJson))
      .add('ServiceSummaryPageSchema.parse(page)', () => ServiceSummaryPageSchema.parse(page))
      .add('JSON.parse + ServiceSummaryPageSchema.parse', () => ServiceSummaryPageSchema.parse(JSON.parse(pageJson)))
      .add(`ServiceSchema.parse × ${SERVICES} details`, () => {
        for (const json of detailsJson) ServiceSchema.parse(JSON.parse(json));
      });
    await bench.run();
    return {
      bench,
      context: {
        'catalog page': `${SERVICES} services, ${kib(pageJson)} of JSON`,
        'service details': `${SERVICES} services, ${kib(detailsJson.join(''))} of JSON in all`,
      },
    };
  },
});
