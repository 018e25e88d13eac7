// `npm start`. The reference server and the demo portal are not in the
// repository yet (they come with @mpp-kit/server), so for now this builds the
// packages and says plainly what `npm start` will serve, and what runs today.
// It starts no server and claims none.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

console.log('mpp-kit: building the packages (npm run build)…\n');
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed; see the errors above. / Build gagal; lihat galat di atas.');
  process.exit(build.status ?? 1);
}

console.log(`
Packages built into packages/*/dist.

No server is running: the reference server is not part of this version yet.
Belum ada server yang berjalan: server referensi belum ada di versi ini.

When @mpp-kit/server lands, \`npm start\` will serve:
  - the reference API on http://127.0.0.1:8787/v1 with the Kota Kediri seed
    (13 agencies, their services, counters, opening hours and holidays);
  - the demo portal from examples/portal/ on the same address.

What runs today:
  npm run storybook    components and contract rules live, on http://localhost:6006
  npm test             type check, Node tests, browser tests in Chromium and Firefox ESR
  npm run docs         API reference into docs/api
`);
