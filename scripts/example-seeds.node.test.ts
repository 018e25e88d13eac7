// Every seed in examples/seeds/ is a file a regency can start from, so each
// must load: through the seed parser the server uses, and through the real
// command line (`mpp-kit-server --seed FILE`), whose catalog must then list the
// seed's agencies, services and site. docs/server.md quotes the Banyuwangi seed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Agency, Seed, ServiceSummary, Site } from '@mpp-kit/contract';
import { parseSeedText } from '@mpp-kit/server';
import { runCli, type CliIo } from '@mpp-kit/server/cli';

const SEEDS_DIR = fileURLToPath(new URL('../examples/seeds/', import.meta.url));
const seedFiles = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.json'));

/** A CLI io that resolves with the API's URL once the banner names it, and stops the server when asked. */
function bannerIo() {
  const lines: string[] = [];
  let listening: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (listening = resolve));
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  const record = (line: string): void => {
    lines.push(line);
    const api = /API:\s+(http:\/\/\S+)\/v1/.exec(line)?.[1];
    if (api !== undefined) listening(api);
  };
  const io: CliIo = {
    out: record,
    err: record,
    now: () => new Date(),
    waitForStop: () => ({ stopped, dispose: () => undefined }),
  };
  return { io, url, lines, stop: () => stop('SIGTERM') };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return (await response.json()) as T;
}

test('examples/seeds holds seeds', () => {
  assert.ok(seedFiles.includes('banyuwangi.json'), seedFiles.join(', '));
});

for (const name of seedFiles) {
  describe(`examples/seeds/${name}`, () => {
    const file = join(SEEDS_DIR, name);

    test('passes the seed parser the server uses', () => {
      const seed = parseSeedText(readFileSync(file, 'utf8'), name);
      assert.ok(seed.agencies.length > 0);
    });

    test('is served by mpp-kit-server --seed', async () => {
      const run = bannerIo();
      const exit = runCli(['--db', ':memory:', '--port', '0', '--seed', file], {}, run.io);
      // The CLI ends early with a non-zero code when the seed is refused; then there is no URL to wait for.
      const api = await Promise.race([
        run.url,
        exit.then((code) => assert.fail(`exit ${code}:\n${run.lines.join('\n')}`)),
      ]);
      try {
        const seed: Seed = parseSeedText(readFileSync(file, 'utf8'), name);
        const site = await getJson<Site>(`${api}/v1/site`);
        assert.equal(site.name, seed.site.name);
        const agencies = await getJson<{ items: Agency[] }>(`${api}/v1/agencies`);
        assert.deepEqual(
          agencies.items.map((agency) => [agency.id, agency.name, agency.serviceCount]),
          seed.agencies.map((agency) => [
            agency.id,
            agency.name,
            seed.services.filter((service) => service.agencyId === agency.id).length,
          ]),
        );
        const services = await getJson<{ items: ServiceSummary[] }>(`${api}/v1/services?limit=100`);
        assert.deepEqual(
          services.items.map((service) => service.id),
          seed.services.map((service) => service.id),
        );
      } finally {
        run.stop();
        assert.equal(await exit, 0);
      }
    });
  });
}

describe('the Banyuwangi seed', () => {
  const seed = parseSeedText(readFileSync(join(SEEDS_DIR, 'banyuwangi.json'), 'utf8'), 'banyuwangi.json');

  test('has nine agencies, each with a counter, and keeps civil-registry documents free', () => {
    assert.equal(seed.site.regency, 'Kabupaten Banyuwangi');
    assert.equal(seed.agencies.length, 9);
    for (const agency of seed.agencies) {
      assert.ok(
        seed.counters.some((counter) => counter.agencyId === agency.id),
        `${agency.id} has a counter`,
      );
    }
    for (const service of seed.services.filter((item) => item.agencyId === 'dukcapil')) {
      assert.deepEqual(service.cost, { kind: 'free' }, service.id);
    }
  });

  test('opens on Saturday morning and closes on Sunday', () => {
    const [saturday, sunday] = seed.site.openingHours.slice(5);
    assert.deepEqual([saturday?.open, saturday?.close, saturday?.breaks], ['08:00', '12:00', []]);
    assert.deepEqual([sunday?.open, sunday?.close], [null, null]);
  });
});
