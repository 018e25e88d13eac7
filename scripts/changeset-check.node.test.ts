// The changeset rule over a scratch git history: what it asks for, and what it lets pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { changesWithoutChangeset, classify } from './changeset-check.mjs';

describe('classify', () => {
  test('shipped source counts; tests, test helpers and files outside src/ do not', () => {
    assert.deepEqual(
      classify([
        'M\tpackages/sdk/src/core/client.ts',
        'M\tpackages/sdk/src/core/client.test.ts',
        'A\tpackages/server/src/queue/engine.node.test.ts',
        'M\tpackages/server/src/store/store.suite.ts',
        'M\tpackages/elements/src/core/events.test-d.ts',
        'M\tpackages/server/src/test-support/fixtures.ts',
        'M\tpackages/elements/README.md',
        'M\tscripts/packaging.node.test.ts',
        'M\tpackages/server/src/seed/kediri.json',
      ]),
      { sources: ['packages/sdk/src/core/client.ts', 'packages/server/src/seed/kediri.json'], addsChangeset: false },
    );
  });

  test('a changeset is a new .md in .changeset/, not its README and not an edit', () => {
    assert.equal(classify(['A\t.changeset/fix-queue.md']).addsChangeset, true);
    assert.equal(classify(['M\t.changeset/fix-queue.md']).addsChangeset, false);
    assert.equal(classify(['A\t.changeset/README.md']).addsChangeset, false);
    assert.equal(classify(['A\t.changeset/config.json']).addsChangeset, false);
  });
});

describe('changesWithoutChangeset over a history', () => {
  let root = '';
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  };
  const write = (path: string, text = `${path}\n`) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (message: string, ...paths: string[]) => {
    for (const path of paths) write(path, `${path} ${message}\n`);
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'mpp-kit-changeset-check-'));
    git('init', '-q', '-b', 'main');
    commit('before the rule', 'packages/sdk/src/a.ts');
    commit('the rule arrives', 'scripts/changeset-check.mjs');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('history before the rule is not judged; a clean history passes', () => {
    assert.deepEqual(changesWithoutChangeset(root), []);
  });

  test('a commit changing shipped source with a changeset, or with tests only, passes', () => {
    commit('feature with its changeset', 'packages/sdk/src/a.ts', '.changeset/feature.md');
    commit('tests only', 'packages/sdk/src/a.test.ts', 'scripts/x.node.test.ts');
    assert.deepEqual(changesWithoutChangeset(root), []);
  });

  test('a commit changing shipped source without one is named, with its files', () => {
    commit('sneaky change', 'packages/server/src/b.ts', 'packages/server/src/b.node.test.ts');
    assert.deepEqual(
      changesWithoutChangeset(root).map(({ change, sources }) => [change.replace(/^\w+ /, ''), sources]),
      [['sneaky change', ['packages/server/src/b.ts']]],
    );
  });

  test('a merged branch is one change: a changeset anywhere on it covers it', () => {
    git('reset', '-q', '--hard', 'HEAD~1');
    git('checkout', '-q', '-b', 'topic');
    commit('topic: code', 'packages/elements/src/c.ts');
    commit('topic: its changeset', '.changeset/topic.md');
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', '-m', 'merge topic', 'topic');
    assert.deepEqual(changesWithoutChangeset(root), []);
  });

  test('uncommitted work is judged too, new files included', () => {
    write('packages/contract/src/d.ts');
    assert.deepEqual(
      changesWithoutChangeset(root).map(({ change }) => change),
      ['work tree'],
    );
    write('.changeset/d.md');
    assert.deepEqual(changesWithoutChangeset(root), []);
  });
});
