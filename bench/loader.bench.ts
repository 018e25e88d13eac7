// What a page pays through the autoloader, dist/mpp-kit.js: pages with one
// widget, two widgets and every widget, opened in headless Chromium against the
// reference server (scripts/loader-pages.ts serves them), each until every
// element shows its data. A row per page: the files fetched from the kit, and
// their gzipped sizes summed (each file gzipped on its own, as a CDN sends it),
// beside the single-file dist/mpp-kit.min.js for comparison. Needs
// `npm run build` first.
import { launchChromium } from '../scripts/headless-chromium.js';
import { gzippedSize, loaderTags, startLoaderSite, visitPage } from '../scripts/loader-pages.js';
import { defineBenchmark, type TableRun } from './benchmark.js';

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The pages measured: a name and the tags on it (inside a provider). */
function pages(): [string, string[]][] {
  return [
    ['one widget: site-info', ['mpp-provider', 'mpp-site-info']],
    ['one widget: service-catalog', ['mpp-provider', 'mpp-service-catalog']],
    ['one widget: queue-status', ['mpp-provider', 'mpp-queue-status']],
    ['two widgets: site-info + service-catalog', ['mpp-provider', 'mpp-site-info', 'mpp-service-catalog']],
    ['every widget', loaderTags()],
  ];
}

export default defineBenchmark({
  group: 'browser',
  description: 'bytes a page fetches through the autoloader dist/mpp-kit.js (one, two, every widget), gzipped',
  async run(): Promise<TableRun> {
    const site = await startLoaderSite();
    const browser = await launchChromium();
    const rows: TableRun['rows'] = {};
    let failed = false;
    try {
      for (const [name, tags] of pages()) {
        try {
          const visit = await visitPage(browser, site.origin, tags);
          const loader = gzippedSize('mpp-kit.js');
          rows[name] = {
            files: String(visit.files.length),
            'gzip total': kB(visit.gzipBytes),
            loader: kB(loader),
            chunks: kB(visit.gzipBytes - loader),
          };
          await visit.page.close();
        } catch (error) {
          failed = true;
          rows[name] = { error: error instanceof Error ? error.message : String(error) };
        }
      }
      rows['dist/mpp-kit.min.js (every element, one file)'] = {
        files: '1',
        'gzip total': kB(gzippedSize('mpp-kit.min.js')),
        loader: '-',
        chunks: '-',
      };
    } finally {
      await browser.close();
      await site.close();
    }
    return { rows, failed, context: { weighed: 'each file gzipped on its own (level 9), summed per page' } };
  },
});
