// `npm run release`: a release as far as it goes without the registry's
// credentials. It consumes the pending changesets into one version for the
// four packages (the fixed group in .changeset/config.json), writes each
// package's CHANGELOG.md, moves the internal dependency ranges and the lock
// file along, builds, and asks npm what it would publish. The maintainer then
// reviews and commits the result and runs `npx changeset publish` (logged in).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs one command in `root`, echoing it; throws with its output when it fails.
 *
 * @param {string} root
 * @param {string} command
 * @param {string[]} args
 * @returns {string} what it printed on stdout
 */
function run(root, command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * What `npm publish --dry-run` would put on the registry, one entry per package.
 *
 * @typedef {{ name: string, version: string, files: string[], size: number }} PlannedPackage
 */

/**
 * Versions, optionally builds, and dry-runs the publish of the workspace at `root`.
 *
 * @param {string} root the repository root (a clean git work tree)
 * @param {{ build?: boolean }} [options] `build: false` when the caller has just built (the packaging test)
 * @returns {PlannedPackage[]} what would be published
 */
export function release(root, { build = true } = {}) {
  const dirty = run(root, 'git', ['status', '--porcelain']).trim();
  if (dirty) {
    throw new Error(`Release from a clean work tree; these files have changes:\n${dirty}`);
  }
  const pending = readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
  if (pending.length === 0) throw new Error('No pending changesets: nothing to release.');
  run(root, 'npx', ['changeset', 'version']);
  // changesets does not touch the lock file; without this `npm ci` refuses the new versions.
  run(root, 'npm', [
    'install',
    '--package-lock-only',
    '--ignore-scripts',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
  ]);
  if (build) run(root, 'npm', ['run', 'build']);
  const report = JSON.parse(run(root, 'npm', ['publish', '--dry-run', '--workspaces', '--json']));
  return Object.values(report).map((entry) => ({
    name: entry.name,
    version: entry.version,
    files: entry.files.map((file) => file.path),
    size: entry.size,
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  try {
    const planned = release(root);
    console.log('\nWould publish:');
    for (const { name, version, files, size } of planned) {
      console.log(`  ${name}@${version}  ${files.length} files, ${(size / 1024).toFixed(1)} KiB packed`);
    }
    const { version } = JSON.parse(readFileSync(join(root, 'packages/contract/package.json'), 'utf8'));
    console.log(
      `\nNext: review the versions and CHANGELOG.md files, commit them ("Release ${version}"),` +
        ' then publish with `npx changeset publish` (logged in to npm) and push the tags it creates.',
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
