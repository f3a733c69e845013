// Loads /api/v1/timeline?format=timelinejs into TimelineJS3 and ?format=vis into vis-timeline (both from the npm
// registry, in target/npm) in headless Chromium, one URL each with no other parameter, and checks that this is the
// whole chronology and that each library rendered every item and logged no error. Usage: node compat-test.mjs BASE_URL
import fs from 'node:fs';
import path from 'node:path';
import { baseUrl, launch, watch, reporter, here, nodeModules, getJson } from './lib.mjs';

const base = baseUrl();
const t = reporter('compat');
// The test page and the libraries are answered by route() under /__compat/ of the API's own origin, so the page
// calls the API same-origin (Chromium's local network access rules block a foreign origin from reaching localhost);
// those requests never reach the server.
const PREFIX = '/__compat/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.png': 'image/png', '.json': 'application/json' };

async function serveTestFiles(context) {
  const api = new URL(base);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== api.origin) {
      console.log('# blocked external request ' + url);
      return route.abort('blockedbyclient');
    }
    if (!url.pathname.startsWith(PREFIX)) return route.continue();
    const rest = decodeURIComponent(url.pathname.slice(PREFIX.length));
    const file = rest.startsWith('npm/') ? path.join(nodeModules, rest.slice(4)) : path.join(here, rest);
    if (!file.startsWith(nodeModules) && !file.startsWith(here)) return route.fulfill({ status: 403 });
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: fs.readFileSync(file),
      headers: { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' } });
  });
}

async function check(context, lib, countRendered) {
  const page = await context.newPage();
  const problems = watch(page);
  const t0 = Date.now();
  await page.goto(new URL(PREFIX + 'compat.html?lib=', base) + '' + lib + '&api=' + encodeURIComponent(base));
  await page.waitForFunction(() => window.__compat && window.__compat.state !== 'loading', null, { timeout: 60000 });
  await page.waitForTimeout(500);
  const info = await page.evaluate(() => window.__compat);
  t.equal(info.state, 'rendered', lib + ': page rendered' + (info.error ? ' (' + info.error + ')' : ''));
  const feed = await getJson(new URL('api/v1/timeline?size=1', base).toString());
  t.equal(info.fed, feed.total, lib + ': one URL with no parameters feeds the whole chronology (the native total)');
  t.equal(info.format, lib, lib + ': the body names its format');
  t.equal(info.link, null, lib + ': no paging Link header');
  t.equal(new Set(info.ids).size, info.fed, lib + ': ids unique across pages');
  const rendered = await countRendered(page, info);
  t.equal(rendered.count, info.fed, lib + ': ' + rendered.what + ' rendered for every item fed');
  if (rendered.missing && rendered.missing.length) console.log('# missing: ' + rendered.missing.slice(0, 10).join(', '));
  t.check(problems.length === 0, lib + ': no console errors, page errors or failed requests', problems.join('\n'));
  await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR || path.join(here, '..', '..', '..', 'target'), 'compat-' + lib + '.png') });
  console.log('# ' + lib + ': ' + info.fed + ' items in ' + ((Date.now() - t0) / 1000).toFixed(1) + ' s');
  await page.close();
}

const { context, close } = await launch();
try {
  await serveTestFiles(context);
  await check(context, 'timelinejs', async (page, info) => {
    // TimelineJS draws one marker in the time navigation and one slide per event (plus the title slide).
    const r = await page.evaluate(() => ({
      markers: document.querySelectorAll('#timeline-embed .tl-timemarker').length,
      slides: document.querySelectorAll('#timeline-embed .tl-slide').length,
      titleSlide: document.querySelectorAll('#timeline-embed .tl-slide-titleslide').length,
      headlines: Array.from(document.querySelectorAll('#timeline-embed .tl-timemarker .tl-headline')).map((h) => h.textContent),
    }));
    t.equal(r.slides - r.titleSlide, info.fed, 'timelinejs: one slide per item fed');
    t.equal(r.titleSlide, 1, 'timelinejs: our title slide is shown');
    t.check(r.headlines.filter((h) => h.trim()).length === info.fed, 'timelinejs: every marker has a headline');
    return { count: r.markers, what: 'time markers (.tl-timemarker)' };
  });
  await check(context, 'vis', async (page, info) => {
    const r = await page.evaluate(() => {
      const ids = new Set(window.__compat.ids);
      // a box item also draws a line and a dot, which carry the vis-item class too
      const els = Array.from(document.querySelectorAll('#vis .vis-item:not(.vis-line):not(.vis-dot)'));
      const drawn = Object.keys(window.__vis.itemSet.items).filter((id) => {
        const it = window.__vis.itemSet.items[id];
        return it.displayed && it.dom && document.body.contains(it.dom.box || it.dom.point);
      });
      return { elements: els.length, drawn: drawn.length, missing: [...ids].filter((id) => !drawn.includes(id)),
        groups: document.querySelectorAll('#vis .vis-label').length };
    });
    t.equal(r.elements, info.fed, 'vis: one .vis-item element per item fed');
    t.equal(r.groups, info.groups, 'vis: one group label per group fed');
    return { count: r.drawn, what: 'items drawn in the DOM', missing: r.missing };
  });
} catch (e) {
  t.fail('compat run', e);
} finally {
  await close();
}
t.done();
