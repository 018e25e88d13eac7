// `npm start`: builds the packages, then runs the reference server (the built
// `mpp-kit-server` bin) on the embedded SQLite database ./data/mpp.db with the
// Kota Kediri seed, serving the demo site: the portal at /, the waiting-room
// board at /display/, the staff console at /counter/, the booking manager at
// /kelola/ and the satisfaction survey at /survei/ (see demo-site.mjs).
// When the MPP would be closed now, the server's clock starts at the next
// opening time (--clock next-opening), so the queue can be tried at any hour.
// The pages load the web components the way a regency site would load them
// from a CDN: the built autoloader `mpp-kit.js` and its `chunks/` are copied
// into the site's vendor/.
//
// The site is assembled into examples/dist/ (git-ignored, rebuilt at every
// start): edit the pages in examples/portal, examples/display, examples/counter
// examples/manage and examples/survey, then restart.
//
// Extra arguments go to the server: `npm start -- --port 9000`. MPP_DB and
// MPP_CLOCK in the environment take the place of this script's defaults.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { assembleDemoSite } from './demo-site.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const siteDir = join(repo, 'examples/dist');

console.log('mpp-kit: membangun paket / building the packages (npm run build)…');
const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nBuild gagal; lihat galat di atas. / The build failed; see the errors above.');
  process.exit(build.status ?? 1);
}

/**
 * The autoloader, its chunks (content-hashed, so the server lets browsers keep
 * them for a year) and their source maps, copied into the site so they are
 * served from the same origin.
 */
const distDir = join(repo, 'packages/elements/dist');
try {
  const vendorDir = assembleDemoSite(repo, siteDir);
  for (const file of ['mpp-kit.js', 'mpp-kit.js.map']) copyFileSync(join(distDir, file), join(vendorDir, file));
  cpSync(join(distDir, 'chunks'), join(vendorDir, 'chunks'), { recursive: true });
} catch (error) {
  console.error(
    `\nHalaman contoh tidak bisa disiapkan di examples/dist/. / Could not assemble the demo pages: ${error.message}`,
  );
  process.exit(1);
}

const defaults = [
  ...(process.env.MPP_DB ? [] : ['--db', './data/mpp.db']),
  ...(process.env.MPP_CLOCK ? [] : ['--clock', 'next-opening']),
  '--static',
  siteDir,
];
const server = spawn(
  process.execPath,
  [join(repo, 'packages/server/bin/mpp-kit-server.js'), ...defaults, ...process.argv.slice(2)],
  {
    cwd: repo,
    stdio: ['inherit', 'pipe', 'inherit'],
  },
);

// The server's banner names the portal; the other pages of the site go
// right under it (the banner's staff token is what /counter/ asks for).
const PORTAL_LINE = /^(\s*)Portal:(\s+)(http\S*?)\/$/;
createInterface({ input: server.stdout, crlfDelay: Infinity }).on('line', (line) => {
  console.log(line);
  const portal = PORTAL_LINE.exec(line);
  if (!portal) return;
  const [, indent, , url] = portal;
  console.log(`${indent}Layar antrean / board:   ${url}/display/`);
  console.log(
    `${indent}Konsol loket / counter:  ${url}/counter/  (masuk dengan token staf / sign in with the staff token)`,
  );
  console.log(`${indent}Kelola pemesanan / manage: ${url}/kelola/`);
  console.log(`${indent}Survei kepuasan / survey: ${url}/survei/`);
});

// The server stops gracefully on either signal and ignores repeats, so passing
// one on is safe even when the terminal already sent it to the whole group.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
// `kill <npm pid>` may reach only npm's shell, leaving this script orphaned:
// stop the server too when the parent goes away.
const parent = process.ppid;
const watchdog = setInterval(() => {
  if (process.ppid !== parent) server.kill('SIGTERM');
}, 500);
server.on('exit', (code, signal) => {
  clearInterval(watchdog);
  process.exit(code ?? (signal === 'SIGINT' ? 130 : 1));
});
