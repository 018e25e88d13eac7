// Runs the Node-side tests (`*.node.test.ts` under packages/*/src,
// scripts/ and bench/) with Node's own test runner. Node 20's `--test` takes no globs,
// so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = [...readdirSync('packages').map((name) => join('packages', name, 'src')), 'scripts', 'bench'];
const files = roots.flatMap((root) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.node.test.ts') && !file.includes('node_modules'))
    .map((file) => join(root, file)),
);

if (files.length === 0) {
  console.log('no Node tests found');
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=@mpp-kit/source'].filter(Boolean).join(' '),
  },
});
process.exit(result.status ?? 1);
