// Every seed in examples/seeds/ is a file a regency can start from, so each
// must load: through the seed parser the server uses, and through the real
// command line (`mpp-kit-server --seed FILE`), whose catalog must then list the
// seed's agencies, services and site. The guides quote parts of these seeds
// under a `<!-- json-excerpt: path#/json/pointer -->` line (JSON has no comments
// for snippet regions), and each quoted block must equal that part of the file.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Agency, Seed, ServiceSummary, Site } from '@mpp-kit/contract';
import { parseSeedText } from '@mpp-kit/server';
import { runCli, type CliIo } from '@mpp-kit/server/cli';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SEEDS_DIR = join(REPO, 'examples/seeds');
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

/** A JSON block of a guide that quotes part of a JSON file. */
interface JsonExcerpt {
  readonly guide: string;
  readonly file: string;
  readonly pointer: string;
  readonly block: string;
}

const EXCERPT = /<!-- json-excerpt: ([^#\s]+)#(\/[^\s]*) -->\n\n?```json\n([^]*?)```/g;

function excerptsOf(guide: string): JsonExcerpt[] {
  const text = readFileSync(join(REPO, guide), 'utf8');
  return [...text.matchAll(EXCERPT)].map(([, file = '', pointer = '', block = '']) => ({
    guide,
    file,
    pointer,
    block,
  }));
}

/** The value at a JSON pointer (RFC 6901). */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, token) => {
      assert.ok(node !== null && typeof node === 'object' && token in node, `no ${token} in ${pointer}`);
      return (node as Record<string, unknown>)[token];
    }, value);
}

describe('JSON excerpts in the guides', () => {
  const guides = readdirSync(join(REPO, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  const excerpts = guides.flatMap(excerptsOf);

  test('docs/server.md and docs/server.id.md quote the Banyuwangi seed', () => {
    for (const guide of ['docs/server.md', 'docs/server.id.md']) {
      assert.ok(excerpts.filter((excerpt) => excerpt.guide === guide).length >= 3, guide);
    }
    // An excerpt marker the pattern does not read would escape the check.
    for (const guide of guides) {
      const markers = readFileSync(join(REPO, guide), 'utf8').split('<!-- json-excerpt:').length - 1;
      assert.equal(excerptsOf(guide).length, markers, `${guide}: a json-excerpt marker without its block`);
    }
  });

  for (const excerpt of excerpts) {
    test(`${excerpt.guide} quotes ${excerpt.file}#${excerpt.pointer} as it is`, () => {
      const file = JSON.parse(readFileSync(join(REPO, excerpt.file), 'utf8')) as unknown;
      assert.deepEqual(JSON.parse(excerpt.block), at(file, excerpt.pointer));
    });
  }
});
