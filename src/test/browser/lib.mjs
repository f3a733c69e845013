// Shared pieces of the browser tests: headless Chromium through playwright-core (both installed by
// .ci/install-browser-deps: Chromium from Debian, playwright-core from npm into target/npm), a tiny
// test reporter, and the API helpers the assertions compare against.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..', '..');
export const npmDir = process.env.NPM_PREFIX || path.join(repo, 'target', 'npm');
export const nodeModules = path.join(npmDir, 'node_modules');
const require = createRequire(path.join(npmDir, 'package.json'));

export function baseUrl() {
  const u = process.argv[2] || process.env.BASE_URL;
  if (!u) throw new Error('usage: node <script> BASE_URL (e.g. http://localhost:8080/)');
  return u.endsWith('/') ? u : u + '/';
}

export async function launch() {
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-chromium-'));
  // launchPersistentContext takes the user data dir; a plain launch() forbids --user-data-dir in args.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    viewport: { width: 1440, height: 900 },
  });
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Collects console errors, page errors and failed requests of a page. */
export function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('requestfailed', (r) => problems.push('request failed: ' + r.url() + ' ' + (r.failure() || {}).errorText));
  page.on('response', (r) => { if (r.status() >= 400) problems.push('HTTP ' + r.status() + ': ' + r.url()); });
  return problems;
}

/** A minimal reporter: "ok"/"not ok" lines and the plain closing line "N passed, N failed". */
export function reporter(name) {
  let passed = 0;
  let failed = 0;
  const t0 = Date.now();
  return {
    check(ok, what, detail) {
      if (ok) { passed++; console.log('ok - ' + what); }
      else { failed++; console.log('not ok - ' + what + (detail !== undefined ? ' :: ' + detail : '')); }
      return ok;
    },
    equal(actual, expected, what) {
      return this.check(actual === expected, what + ' (' + JSON.stringify(actual) + ')',
        'expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(actual));
    },
    fail(what, e) { this.check(false, what, e && (e.stack || e.message || String(e))); },
    done() {
      console.log('# ' + name + ' took ' + ((Date.now() - t0) / 1000).toFixed(1) + ' s');
      console.log(name + ': ' + passed + ' passed, ' + failed + ' failed');
      process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
    },
  };
}

export async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + url);
  return r.json();
}

/** Every item of a native Page endpoint under a filter. */
export async function allItems(base, apiPath, params = {}) {
  const items = [];
  for (let page = 0; ; page++) {
    const q = new URLSearchParams({ ...params, size: '100', page: String(page) });
    const body = await getJson(new URL(apiPath + '?' + q, base).toString());
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return { items, total: body.total };
  }
}

export const squash = (s) => String(s).replace(/\s+/g, ' ').trim();
