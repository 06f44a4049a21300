// Set-up that `npm test` and `npm start` run first, so a fresh machine needs nothing else:
// installs the npm packages if they are missing, and (tests only) Debian's browser engines.
//   node scripts/setup.mjs            packages only
//   node scripts/setup.mjs --browsers packages and browsers
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd) => execSync(cmd, { stdio: 'inherit', cwd: root });

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  console.log('Installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

// WordPress's block CSS for the theme fixture (demo/wordpress.html and its tests).
const { ensureWordPressCss } = await import('./wordpress-css.mjs');
ensureWordPressCss();

if (process.argv.includes('--browsers')) {
  const needed = {
    chromium: '/usr/bin/chromium',
    'firefox-esr': '/usr/bin/firefox-esr',
    'webkit2gtk-driver': '/usr/bin/WebKitWebDriver',
    xvfb: '/usr/bin/xvfb-run',
    xauth: '/usr/bin/xauth',
  };
  const missing = Object.keys(needed).filter((pkg) => !existsSync(needed[pkg]));
  if (missing.length) {
    const apt = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`;
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      console.log(`Installing browser engines from Debian: ${missing.join(', ')}…`);
      run(apt);
    } else {
      console.warn(`Browser packages missing: ${missing.join(', ')}. Install them with:\n  sudo sh -c '${apt}'\nThe tests run in the engines that are installed.`);
    }
  }
}
