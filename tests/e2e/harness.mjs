// A small harness for Tartip's end-to-end tests: serves dist/ on 127.0.0.1 (with the
// single-page-app fallback deep links need), drives Debian's Chromium through
// playwright-core, and fails a test on any console error, page error, or request
// that leaves the page's origin.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
};

export function serve(dist) {
  const root = path.resolve(dist);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      // Deep links (/service/…) get the app; the app routes them.
      const looksLikeAsset = path.extname(url.pathname) !== '';
      if (looksLikeAsset) { res.writeHead(404).end('not found'); return; }
      file = path.join(root, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tartip-e2e-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/// Opens a page that records what must never happen.
export async function watchedPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) problems.push(`request left the origin: ${u}`);
  });
  return { page, problems };
}

export async function runAll(tests) {
  const dist = process.argv[2] || 'dist';
  const shots = process.argv[3] || 'target/e2e';
  fs.mkdirSync(shots, { recursive: true });
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await launch();
  let passed = 0, failed = 0;
  // E2E_ONLY=desk runs only the tests whose name contains it (while working on them).
  const only = process.env.E2E_ONLY;
  for (const [name, fn] of tests.filter(([n]) => !only || n.includes(only))) {
    const { page, problems } = await watchedPage(context, origin);
    try {
      await fn({ page, origin, shots, context });
      if (problems.length) throw new Error(problems.join('\n'));
      passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(e.stack || e).split('\n').join('\n     ')}`);
      await page.screenshot({ path: path.join(shots, `FAILED-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
    }
    await page.close();
  }
  await context.close();
  server.close();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual), b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what}: expected ${b}, got ${a}`);
}

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/// Runs axe-core on the page as it is now and fails on any violation, naming the rule,
/// the elements and the page.
export async function checkAccessibility(page, what) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document);
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n        ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n        ')}`);
  });
  if (violations.length) throw new Error(`axe on ${what}:\n      ${violations.join('\n      ')}`);
}
