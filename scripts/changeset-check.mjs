// `npm run changeset:check` (a CI step): every change to a package's shipped
// source comes with a changeset. A change is a commit on the first-parent line
// of HEAD (a merged branch counts as one change, as a pull request does), from
// the commit that introduced this check on, plus the uncommitted work tree. A
// change that edits a non-test file under `packages/*/src/` must add a
// `.changeset/*.md` file; one no user can notice adds an empty changeset
// (`npx changeset --empty`), so skipping the changelog is a decision on record.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const THIS_FILE = 'scripts/changeset-check.mjs';

/** Test code and test helpers inside src/, which no package ships. */
const TEST_FILE = /\.(test|test-d|suite)\.ts$|\/test-support\//;

/**
 * @param {string} root
 * @param {string[]} args
 * @returns {string}
 */
function git(root, args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

const lines = (text) => text.split('\n').filter(Boolean);

/**
 * Which shipped source files a change touches, and whether it adds a changeset.
 *
 * @param {string[]} nameStatus lines of `git diff --name-status` (`M\tpath`, `A\tpath`)
 * @returns {{ sources: string[], addsChangeset: boolean }}
 */
export function classify(nameStatus) {
  const sources = [];
  let addsChangeset = false;
  for (const line of nameStatus) {
    const [status = '', path = ''] = line.split('\t');
    if (status === 'A' && /^\.changeset\/[^/]+\.md$/.test(path) && path !== '.changeset/README.md') {
      addsChangeset = true;
    }
    if (/^packages\/[^/]+\/src\//.test(path) && !TEST_FILE.test(path)) sources.push(path);
  }
  return { sources, addsChangeset };
}

/**
 * The changes since this check was introduced that edit shipped source without a changeset.
 *
 * @param {string} root a git work tree
 * @returns {{ change: string, sources: string[] }[]} `change` is a commit's short hash and subject, or "work tree"
 */
export function changesWithoutChangeset(root) {
  const [anchor] = lines(git(root, ['log', '--diff-filter=A', '--format=%H', '--reverse', '--', THIS_FILE]));
  const missing = [];
  const check = (change, nameStatus) => {
    const { sources, addsChangeset } = classify(nameStatus);
    if (sources.length > 0 && !addsChangeset) missing.push({ change, sources });
  };
  if (anchor) {
    const commits = [anchor, ...lines(git(root, ['rev-list', '--first-parent', '--reverse', `${anchor}..HEAD`]))];
    for (const commit of commits) {
      const parent = lines(git(root, ['rev-list', '--parents', '-n', '1', commit]))[0]?.split(' ')[1];
      const diff = parent
        ? git(root, ['diff', '--name-status', '--no-renames', parent, commit])
        : git(root, ['show', '--name-status', '--no-renames', '--format=', commit]);
      check(git(root, ['log', '-1', '--format=%h %s', commit]).trim(), lines(diff));
    }
  }
  // What is not committed yet, new files included: a local run before committing.
  const untracked = lines(git(root, ['ls-files', '--others', '--exclude-standard'])).map((path) => `A\t${path}`);
  check('work tree', [...lines(git(root, ['diff', '--name-status', '--no-renames', 'HEAD'])), ...untracked]);
  return missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const missing = changesWithoutChangeset(root);
  if (missing.length === 0) {
    console.log('Every change to a package’s src/ has a changeset.');
  } else {
    for (const { change, sources } of missing) {
      console.error(`${change}\n  changes ${sources.join(', ')}\n  and adds no changeset`);
    }
    console.error(
      '\nAdd one with `npm run changeset` (or `npx changeset --empty` for a change no user can notice);' +
        ' see .changeset/README.md.',
    );
    process.exit(1);
  }
}
